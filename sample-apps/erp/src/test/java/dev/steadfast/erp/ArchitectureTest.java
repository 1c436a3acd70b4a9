package dev.steadfast.erp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * The rules that keep the ERP multi-tenant by construction, checked on its classes, each beside a positive control
 * (a class in {@code archfixture} that breaks it, which the rule must catch):
 * <ul>
 * <li>no native SQL and no plain JDBC (which Hibernate's tenant filter never sees) outside the one reviewed class;</li>
 * <li>every entity has a {@code @TenantId};</li>
 * <li>every REST method names who may call it ({@code @RolesAllowed} or {@code @PermitAll});</li>
 * <li>WildFly's service container and clustering API (which tie the ERP to WildFly) are used by the one class that
 * makes the MRP's schedule a cluster singleton, and nowhere else.</li>
 * </ul>
 */
class ArchitectureTest {

    /** The one class allowed SQL that Hibernate does not filter; every statement in it names its tenant itself. */
    static final String REVIEWED_SQL = "dev.steadfast.erp.tenancy.ReviewedSql";

    /**
     * Calls on an EntityManager, its factory or Hibernate's own API that run SQL Hibernate does not filter, or open a
     * session whose tenant or filter the code chooses itself.
     */
    private static final Set<String> NATIVE_CALLS = Set.of("createNativeQuery", "createNativeMutationQuery", "createStoredProcedureQuery",
            "createNamedStoredProcedureQuery", "doWork", "doReturningWork", "unwrap", "getDelegate", "disableFilter", "enableFilter",
            "withOptions", "tenantIdentifier", "createEntityManager", "openSession", "openStatelessSession");

    /**
     * Annotations that put SQL of the developer's own into a mapping: Hibernate's {@code @SQL...} family, formulas,
     * where clauses, column transformers, loaders and subselects, and JPA's native query mappings.
     */
    private static boolean putsSqlInAMapping(JavaClass annotation) {
        String name = annotation.getSimpleName();
        return annotation.getPackageName().equals("org.hibernate.annotations")
                && (name.startsWith("SQL") || name.contains("Formula") || name.startsWith("Where") || name.equals("ColumnTransformer")
                || name.equals("ColumnTransformers") || name.equals("Loader") || name.equals("Subselect") || name.startsWith("NamedNative"))
                || name.equals("NamedNativeQueries") || name.equals("SqlResultSetMapping") || name.equals("SqlResultSetMappings");
    }

    static final ArchRule NO_SQL_HIBERNATE_DOES_NOT_FILTER = noClasses().that().resideInAPackage("dev.steadfast.erp..")
            .and().doNotHaveFullyQualifiedName(REVIEWED_SQL)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("NativeQuery")
            .orShould().dependOnClassesThat(DescribedPredicate.describe("SQL in a mapping annotation", ArchitectureTest::putsSqlInAMapping))
            .orShould().accessTargetWhere(nativeCall())
            .as("no native SQL or plain JDBC outside " + REVIEWED_SQL);

    static final ArchRule EVERY_ENTITY_HAS_A_TENANT = classes().that().areAnnotatedWith(Entity.class)
            .should(haveAFieldAnnotatedWith(TenantId.class))
            .as("every entity has a @TenantId");

    /** The one class that installs a service of its own in WildFly's service container. */
    static final String SINGLETON_SERVICE = "dev.steadfast.erp.planning.MrpPrimary";

    static final ArchRule SERVER_SERVICES_IN_ONE_CLASS = noClasses().that().resideInAPackage("dev.steadfast.erp..")
            .and().haveNameNotMatching(Pattern.quote(SINGLETON_SERVICE) + "(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.jboss.msc..", "org.wildfly.clustering..")
            .as("WildFly's service container and clustering API only in " + SINGLETON_SERVICE);

    static final ArchRule EVERY_METHOD_NAMES_WHO_MAY_CALL_IT = methods().that().areAnnotatedWith(GET.class)
            .or().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class)
            .or().areAnnotatedWith(PATCH.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .as("every REST method is @RolesAllowed or @PermitAll");

    private static final JavaClasses ERP = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.steadfast.erp");

    private static final JavaClasses FIXTURES = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.steadfast.erp.archfixture");

    @Test
    void noNativeSqlOrPlainJdbcOutsideTheReviewedClass() {
        assertTrue(ERP.contain("dev.steadfast.erp.tenancy.TenantResolver"), "the ERP's classes were found");
        NO_SQL_HIBERNATE_DOES_NOT_FILTER.check(ERP);
    }

    @Test
    void theSqlRuleCatchesANativeQueryAConnectionASwitchedOffFilterAndAFormula() {
        String violations = String.join("\n", NO_SQL_HIBERNATE_DOES_NOT_FILTER.evaluate(FIXTURES).getFailureReport().getDetails());
        for (String expected : List.of("NativeQueryOutsideReview", "createNativeQuery", "JdbcOutsideReview", "java.sql.Connection",
                "FilterSwitchedOff", "disableFilter", "FormulaOutsideReview", "org.hibernate.annotations.Formula")) {
            assertTrue(violations.contains(expected), expected + " not caught: " + violations);
        }
    }

    @Test
    void everyEntityHasATenantId() {
        assertTrue(ERP.stream().filter(c -> c.isAnnotatedWith(Entity.class)).count() >= 10, "the ERP's entities were found");
        EVERY_ENTITY_HAS_A_TENANT.check(ERP);
    }

    @Test
    void theTenantRuleCatchesAnEntityWithoutOne() {
        List<String> violations = EVERY_ENTITY_HAS_A_TENANT.evaluate(FIXTURES).getFailureReport().getDetails();
        assertTrue(violations.stream().anyMatch(d -> d.contains("EntityWithoutTenant")), violations.toString());
        assertFalse(violations.stream().anyMatch(d -> d.contains("NativeQueryOutsideReview")), violations.toString());
    }

    @Test
    void everyRestMethodNamesWhoMayCallIt() {
        EVERY_METHOD_NAMES_WHO_MAY_CALL_IT.check(ERP);
    }

    @Test
    void theRoleRuleCatchesAnOpenMethod() {
        List<String> violations = EVERY_METHOD_NAMES_WHO_MAY_CALL_IT.evaluate(FIXTURES).getFailureReport().getDetails();
        assertTrue(violations.stream().anyMatch(d -> d.contains("OpenResource.open()")), violations.toString());
    }

    @Test
    void wildFlysServiceApiIsUsedByTheSingletonAlone() {
        assertTrue(ERP.contain(SINGLETON_SERVICE), "the singleton was found");
        SERVER_SERVICES_IN_ONE_CLASS.check(ERP);
    }

    @Test
    void theServiceRuleCatchesAServiceOutsideTheSingleton() {
        List<String> violations = SERVER_SERVICES_IN_ONE_CLASS.evaluate(FIXTURES).getFailureReport().getDetails();
        assertTrue(violations.stream().anyMatch(d -> d.contains("ServiceOutsideSingleton")), violations.toString());
    }

    private static DescribedPredicate<JavaAccess<?>> nativeCall() {
        return DescribedPredicate.describe("a native query or JDBC work on an EntityManager or Hibernate session",
                access -> NATIVE_CALLS.contains(access.getTarget().getName())
                        && (access.getTargetOwner().isAssignableTo(jakarta.persistence.EntityManager.class)
                        || access.getTargetOwner().isAssignableTo(jakarta.persistence.EntityManagerFactory.class)
                        || access.getTargetOwner().getPackageName().startsWith("org.hibernate")));
    }

    private static ArchCondition<JavaClass> haveAFieldAnnotatedWith(Class<? extends java.lang.annotation.Annotation> annotation) {
        return new ArchCondition<>("have a field annotated with @" + annotation.getSimpleName()) {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                // Hibernate maps the fields of the entity and of its @MappedSuperclass ancestors, no others.
                boolean has = entity.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(annotation)
                        && (f.getOwner().isAnnotatedWith(Entity.class) || f.getOwner().isAnnotatedWith(MappedSuperclass.class)));
                events.add(new SimpleConditionEvent(entity, has, entity.getName() + (has ? " has" : " has no") + " @" + annotation.getSimpleName()));
            }
        };
    }
}
