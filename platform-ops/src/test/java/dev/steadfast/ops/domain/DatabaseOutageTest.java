package dev.steadfast.ops.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.steadfast.ops.UserError;
import dev.steadfast.ops.provision.Database;
import dev.steadfast.ops.topology.DatabaseKind;

class DatabaseOutageTest {

    private static DatabaseOutage.Postgresql at(String url) {
        return new DatabaseOutage.Postgresql(new Database(DatabaseKind.POSTGRESQL, url, "steadfast"), null, Path.of("missing.jar"));
    }

    @Test
    void thePostgresqlDatabaseClosedIsTheOneTheUrlNamesWhateverItsParameters() {
        assertEquals("PostgreSQL database shop", at("jdbc:postgresql://127.0.0.1:5432/shop").what());
        assertEquals("PostgreSQL database shop", at("jdbc:postgresql://db:5432/shop?sslmode=require").what());
    }

    @Test
    void aUrlThatNamesNoDatabaseIsRefusedInASentence() {
        UserError refused = assertThrows(UserError.class, () -> at("jdbc:postgresql://127.0.0.1:5432/").what());
        assertEquals("The database URL jdbc:postgresql://127.0.0.1:5432/ names no database; closing one needs "
                + "jdbc:postgresql://HOST:PORT/NAME.", refused.getMessage());
    }

    @Test
    void theMaintenanceDatabaseIsNeverClosedForNothingCouldOpenItAgain() {
        UserError refused = assertThrows(UserError.class, () -> at("jdbc:postgresql://127.0.0.1:5432/postgres").begin());
        assertEquals("The domain's database is PostgreSQL's maintenance database postgres, which steadfast never closes: "
                + "nothing could open it again.", refused.getMessage());
    }

    @Test
    void withoutItsDriverNothingIsTriedAndTheRefusalSaysWhatToBuild() {
        UserError refused = assertThrows(UserError.class, () -> at("jdbc:postgresql://127.0.0.1:5432/shop").begin());
        assertEquals("The PostgreSQL driver is missing at missing.jar; build first with ./mvnw -q install -DskipTests.", refused.getMessage());
    }
}
