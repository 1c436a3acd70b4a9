package dev.steadfast.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.steadfast.runtime.problem.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import org.junit.jupiter.api.Test;

class NumberFitTest {

    record Item(Long productId, int quantity, BigDecimal price, double weight) {
    }

    record Order(List<Item> lines, Map<String, Short> counts, Optional<Item> gift, @JsonbProperty("ref") long reference) {
    }

    public static class Bean {
        public int count;
    }

    public static class Child extends Bean {
        private Float ratio;

        public void setRatio(Float ratio) {
            this.ratio = ratio;
        }
    }

    record Named(String name, boolean gift, List<String> tags) {
    }

    @Test
    void numbersTheirFieldsHoldPass() {
        assertThat(NumberFit.check(json("{\"productId\": 9223372036854775807, \"quantity\": -2147483648, \"price\": 1e400,"
                + " \"weight\": 1.0E300, \"unknown\": 1e999}"), Item.class)).isEmpty();
        assertThat(NumberFit.check(json("{\"quantity\": 2.0}"), Item.class)).isEmpty();
    }

    @Test
    void aLongPastItsRangeIsNamedInsteadOfWrappingAround() {
        assertThat(NumberFit.check(json("{\"productId\": 9223372036854775808, \"quantity\": 1}"), Item.class))
                .containsExactly(new Violation("productId", "must be a whole number from -9223372036854775808 to 9223372036854775807"));
    }

    @Test
    void anIntPastItsRangeAFractionAndAnInfiniteDoubleAreEachNamed() {
        assertThat(NumberFit.check(json("{\"quantity\": 2147483648}"), Item.class)).extracting(Violation::field).containsExactly("quantity");
        assertThat(NumberFit.check(json("{\"quantity\": 1.5}"), Item.class)).extracting(Violation::field).containsExactly("quantity");
        assertThat(NumberFit.check(json("{\"quantity\": 1e400}"), Item.class)).extracting(Violation::field).containsExactly("quantity");
        assertThat(NumberFit.check(json("{\"weight\": -1e400}"), Item.class))
                .containsExactly(new Violation("weight", "is too large"));
    }

    @Test
    void nestedNumbersAreNamedByTheirPathInTheBody() {
        JsonValue body = json("{\"lines\": [{\"quantity\": 1}, {\"quantity\": 4294967296}], \"counts\": {\"tea\": 40000},"
                + " \"gift\": {\"productId\": -9223372036854775809}, \"ref\": 0.5}");

        assertThat(NumberFit.check(body, Order.class)).extracting(Violation::field)
                .containsExactly("lines[1].quantity", "counts.tea", "gift.productId", "ref");
    }

    @Test
    void inheritedBeanFieldsAndTopLevelArraysAreChecked() {
        assertThat(NumberFit.check(json("{\"count\": 1e10, \"ratio\": 1e39}"), Child.class)).extracting(Violation::field)
                .containsExactly("ratio", "count");
        assertThat(NumberFit.check(Json.createReader(new StringReader("[1, 300]")).readValue(), byte[].class))
                .extracting(Violation::field).containsExactly("[1]");
    }

    @Test
    void textAndBooleanFieldsTakeOnlyStringsAndBooleansWhichJsonBWouldOtherwiseConvert() {
        assertThat(NumberFit.check(json("{\"name\": 1, \"gift\": \"yes\", \"tags\": [true, \"a\"]}"), Named.class))
                .containsExactly(new Violation("name", "must be text"), new Violation("gift", "must be true or false"),
                        new Violation("tags[0]", "must be text"));
        assertThat(NumberFit.check(json("{\"name\": \"1\", \"gift\": false, \"tags\": [null]}"), Named.class)).isEmpty();
        assertThat(NumberFit.check(json("{\"name\": null, \"gift\": 0}"), Named.class)).extracting(Violation::field)
                .containsExactly("gift");
    }

    @Test
    void atMostTwentyViolationsAreReportedAndAClientsMapKeysAreShortened() {
        String many = "{\"lines\": [" + "{\"quantity\": 1e99},".repeat(1000) + "{\"quantity\": 1}]}";
        assertThat(NumberFit.check(json(many), Order.class)).hasSize(NumberFit.MAX_VIOLATIONS);

        String key = "k".repeat(100_000);
        List<Violation> violations = NumberFit.check(json("{\"counts\": {\"" + key + "\": 1e9, \"a\\u0000b\": 1e9}}"), Order.class);
        assertThat(violations).extracting(Violation::field)
                .containsExactly("counts." + "k".repeat(NumberFit.MAX_KEY) + "...", "counts.a?b");
        String detail = JsonNumberGuard.detail(NumberFit.check(json(many), Order.class));
        assertThat(detail).startsWith("A value does not fit its field: lines[0].quantity, lines[1].quantity")
                .endsWith(" and 15 more").hasSizeLessThan(200);
    }

    @Test
    void everyJsonMediaTypeIsCheckedWhateverItsType() {
        assertThat(JsonNumberGuard.isJson(new jakarta.ws.rs.core.MediaType("application", "json"))).isTrue();
        assertThat(JsonNumberGuard.isJson(new jakarta.ws.rs.core.MediaType("text", "json"))).isTrue();
        assertThat(JsonNumberGuard.isJson(new jakarta.ws.rs.core.MediaType("text", "JSON"))).isTrue();
        assertThat(JsonNumberGuard.isJson(new jakarta.ws.rs.core.MediaType("application", "merge-patch+json"))).isTrue();
        assertThat(JsonNumberGuard.isJson(new jakarta.ws.rs.core.MediaType("text", "plain"))).isFalse();
        assertThat(JsonNumberGuard.isJson(new jakarta.ws.rs.core.MediaType("application", "jsonl"))).isFalse();
        assertThat(JsonNumberGuard.isJson(null)).isFalse();
    }

    @Test
    void typesWithoutBoundedNumbersTextOrBooleansAreNotWorthReadingTwice() {
        assertThat(NumberFit.bindsBoundedNumbers(java.util.UUID.class)).isFalse();
        assertThat(NumberFit.bindsBoundedNumbers(JsonObject.class)).isFalse();
        assertThat(NumberFit.bindsBoundedNumbers(BigDecimal.class)).isFalse();
        assertThat(NumberFit.bindsBoundedNumbers(Order.class)).isTrue();
        assertThat(NumberFit.bindsBoundedNumbers(Child.class)).isTrue();
        assertThat(NumberFit.bindsBoundedNumbers(String.class)).as("a String body is read raw, not as JSON").isFalse();
        assertThat(NumberFit.bindsBoundedNumbers(Named.class)).isTrue();
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
