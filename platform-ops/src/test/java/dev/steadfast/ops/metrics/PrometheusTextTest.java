package dev.steadfast.ops.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void aFamilyHasItsHelpAndTypeOnceBeforeItsSamplesWhereverTheyWereWritten() {
        String page = new PrometheusText()
                .gauge("a_bytes", "A", 1, "area", "heap")
                .counter("b_total", "B", 2)
                .gauge("a_bytes", "ignored", 3, "area", "metaspace")
                .toString();
        assertEquals("""
                # HELP a_bytes A
                # TYPE a_bytes gauge
                a_bytes{area="heap"} 1
                a_bytes{area="metaspace"} 3
                # HELP b_total B
                # TYPE b_total counter
                b_total 2
                """, page);
    }

    @Test
    void aHistogramHasCumulativeBucketsEndingInInfinityThatIsItsCountThenSumAndCount() {
        String page = new PrometheusText().histogram("d_seconds", "D", new double[] {0.1, 1}, new long[] {2, 5}, 1.75, 6, "app", "x").toString();
        assertEquals("""
                # HELP d_seconds D
                # TYPE d_seconds histogram
                d_seconds_bucket{app="x",le="0.1"} 2
                d_seconds_bucket{app="x",le="1"} 5
                d_seconds_bucket{app="x",le="+Inf"} 6
                d_seconds_sum{app="x"} 1.75
                d_seconds_count{app="x"} 6
                """, page);
    }

    @Test
    void labelValuesAreEscapedAndNumbersWrittenPlainly() {
        String page = new PrometheusText().gauge("g", "G", 1.796171267754E9, "v", "a\"b\\c\nd").toString();
        assertEquals("g{v=\"a\\\"b\\\\c\\nd\"} 1796171267.754\n", page.lines().skip(2).findFirst().orElseThrow() + "\n");
    }

    @Test
    void aCounterWhoseNameDoesNotEndInTotalAndLabelsThatDoNotPairAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PrometheusText().counter("requests", "R", 1));
        assertThrows(IllegalArgumentException.class, () -> new PrometheusText().gauge("g", "G", 1, "lonely"));
    }
}
