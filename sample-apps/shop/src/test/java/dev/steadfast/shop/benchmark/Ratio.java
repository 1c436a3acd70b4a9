package dev.steadfast.shop.benchmark;

/**
 * A goal the issue set for the benchmark, and what one run found: {@code value = numerator / denominator} of the
 * highest requests per second within the target.
 */
record Ratio(String name, double value, double goal) {

    static Ratio of(String name, Variant numerator, Variant denominator, double goal) {
        double below = denominator.maxOkPerSecond();
        return new Ratio(name, below == 0 ? Double.NaN : numerator.maxOkPerSecond() / below, goal);
    }

    boolean met() {
        return value >= goal;
    }
}
