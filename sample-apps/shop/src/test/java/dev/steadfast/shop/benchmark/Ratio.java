package dev.steadfast.shop.benchmark;

/**
 * A goal the issue set for the benchmark and what one run found: either a ratio of the highest requests per second
 * within the target that must reach the goal, or a ratio of p99 latencies at the fixed rate that must stay at most
 * the goal.
 */
record Ratio(String name, double value, double goal, boolean atLeast) {

    static Ratio ofThroughput(String name, Variant numerator, Variant denominator, double goal) {
        double below = denominator.maxOkPerSecond();
        return new Ratio(name, below == 0 ? Double.NaN : numerator.maxOkPerSecond() / below, goal, true);
    }

    static Ratio ofP99(String name, Variant numerator, Variant denominator, double goal) {
        long below = denominator.atFixedRate().p99();
        return new Ratio(name, below == 0 ? Double.NaN : (double) numerator.atFixedRate().p99() / below, goal, false);
    }

    boolean met() {
        return atLeast ? value >= goal : value <= goal;
    }
}
