package dev.steadfast.runtime.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's JTA datasource, named by {@code steadfast.audit.datasource}: the one its JPA uses, so an
 * audit record and the change it describes commit or roll back together. Looked up on first use rather than
 * injected, so that a missing or late datasource fails the audit call, not the deployment.
 */
@ApplicationScoped
public class AuditDataSource {

    @Inject
    AuditSettings settings;

    private volatile DataSource dataSource;

    /** @return the datasource, looked up once */
    public DataSource get() {
        DataSource found = dataSource;
        if (found == null) {
            try {
                found = InitialContext.doLookup(settings.dataSource());
            } catch (NamingException e) {
                throw new IllegalStateException("No datasource at " + settings.dataSource()
                        + " (MicroProfile Config key steadfast.audit.datasource)", e);
            }
            dataSource = found;
        }
        return found;
    }
}
