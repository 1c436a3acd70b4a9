package dev.steadfast.runtime.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The audit keys, read from the server's JNDI binding named by {@code steadfast.audit.keys-binding}
 * (default {@value AuditSettings#DEFAULT_KEYS_BINDING}). The server holds them as an encrypted expression
 * that its credential store's key decrypts (cli-scripts/profile/106-audit-keys.cli): they are in no file of the
 * application and in no clear-text configuration. Read on each use, so a rotation applied to the servers (a new
 * version bound, which reloads them) is used at once.
 */
@ApplicationScoped
class AuditKeySource {

    @Inject
    AuditSettings settings;

    /** @throws AuditException when the binding is missing or malformed, naming the binding, never a secret */
    AuditKeys get() {
        String binding = settings.keysBinding();
        try {
            return AuditKeys.parse(InitialContext.doLookup(binding));
        } catch (NamingException | ClassCastException e) {
            throw new AuditException("No audit keys are bound at " + binding
                    + " (servers set up by steadfast bind them; see cli-scripts/profile/106-audit-keys.cli)", e);
        } catch (IllegalArgumentException e) {
            throw new AuditException("The audit keys bound at " + binding + " are malformed: " + e.getMessage(), e);
        }
    }
}
