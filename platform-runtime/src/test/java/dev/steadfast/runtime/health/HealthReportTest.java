package dev.steadfast.runtime.health;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HealthReportTest {

    @Test
    void noChecksIsUp() {
        HealthReport report = HealthReport.of(List.of());
        assertThat(report.httpStatus()).isEqualTo(200);
        assertThat(report.toJson()).isEqualTo("{\"status\":\"UP\",\"checks\":[]}");
    }

    @Test
    void allUpIs200WithData() {
        HealthCheck db = () -> HealthCheckResponse.named("db").up().withData("pool", 5).withData("url", "h2")
                .withData("primary", true).build();
        HealthCheck disk = () -> HealthCheckResponse.up("disk");
        HealthReport report = HealthReport.of(List.of(db, disk));
        assertThat(report.httpStatus()).isEqualTo(200);
        JsonObject json = parse(report);
        assertThat(json.getString("status")).isEqualTo("UP");
        JsonObject first = json.getJsonArray("checks").getJsonObject(0);
        assertThat(first.getString("name")).isEqualTo("db");
        assertThat(first.getString("status")).isEqualTo("UP");
        assertThat(first.getJsonObject("data").getJsonNumber("pool").longValue()).isEqualTo(5);
        assertThat(first.getJsonObject("data").getString("url")).isEqualTo("h2");
        assertThat(first.getJsonObject("data").getBoolean("primary")).isTrue();
        assertThat(json.getJsonArray("checks").getJsonObject(1).containsKey("data")).isFalse();
    }

    @Test
    void oneDownIs503() {
        HealthReport report = HealthReport.of(List.of(() -> HealthCheckResponse.up("a"),
                () -> HealthCheckResponse.down("b")));
        assertThat(report.httpStatus()).isEqualTo(503);
        assertThat(parse(report).getString("status")).isEqualTo("DOWN");
    }

    @Test
    void checkReturningNothingIsDown() {
        HealthReport report = HealthReport.of(List.of(() -> null));
        assertThat(report.httpStatus()).isEqualTo(503);
    }

    @Test
    void throwingCheckIsDownUnderItsSimpleClassNameWithoutTheException() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(HealthReport.class.getName());
        log.setUseParentHandlers(false);
        HealthReport report;
        try {
            report = HealthReport.of(List.of(new Exploding()));
        } finally {
            log.setUseParentHandlers(true);
        }
        assertThat(report.httpStatus()).isEqualTo(503);
        JsonObject check = parse(report).getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("name")).isEqualTo("Exploding");
        assertThat(check.getString("status")).isEqualTo("DOWN");
        assertThat(report.toJson()).doesNotContain("secret", "IllegalStateException", "\tat ");
    }

    @Test
    void builderNeedsAName() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> HealthCheckResponse.builder().up().build());
        assertThat(HealthCheckResponse.builder().name("x").build().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    private static JsonObject parse(HealthReport report) {
        return Json.createReader(new StringReader(report.toJson())).readObject();
    }

    static final class Exploding implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            throw new IllegalStateException("secret");
        }
    }
}
