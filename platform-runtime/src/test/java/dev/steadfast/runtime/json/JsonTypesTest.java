package dev.steadfast.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

class JsonTypesTest {

    /** JSON-B's default visibility: public fields and public accessors only. */
    public static class Bean {
        public int visible;
        private int hidden;
        int packagePrivate;
        private long viaSetter;
        private String viaGetter;
        private String renamed;
        private String skipped;
        public transient int notKept;
        public static int shared;

        public void setViaSetter(long viaSetter) {
            this.viaSetter = viaSetter;
        }

        public String getViaGetter() {
            return viaGetter;
        }

        @JsonbProperty("other")
        public String getRenamed() {
            return renamed;
        }

        public void setRenamed(@Size(max = 3) String renamed) {
            this.renamed = renamed;
        }

        @JsonbTransient
        public String getSkipped() {
            return skipped;
        }

        void setPackagePrivate(int value) {
            packagePrivate = value;
        }
    }

    record Draft(@NotNull @JsonbProperty("ref") Long reference, String note) {
    }

    @Test
    void onlyPublicFieldsAndPublicAccessorsAreProperties() {
        assertThat(JsonTypes.properties(Bean.class)).containsOnlyKeys("visible", "viaSetter", "viaGetter", "other");
        assertThat(JsonTypes.properties(Bean.class).get("viaSetter")).isEqualTo(long.class);
    }

    @Test
    void renamingAndConstraintsAreReadFromFieldsAccessorsAndRecordComponents() {
        List<JsonTypes.Property> draft = JsonTypes.describe(Draft.class);
        assertThat(draft).extracting(JsonTypes.Property::name).containsExactly("ref", "note");
        assertThat(draft.get(0).annotations()).anyMatch(a -> a instanceof NotNull);

        JsonTypes.Property renamed = JsonTypes.describe(Bean.class).stream().filter(p -> p.name().equals("other"))
                .findFirst().orElseThrow();
        assertThat(renamed.annotations()).anyMatch(a -> a instanceof Size s && s.max() == 3);
    }
}
