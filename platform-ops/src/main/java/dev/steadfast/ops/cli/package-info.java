/**
 * The command line of {@code bin/steadfast} (picocli): commands and options with their help, and the rule for
 * errors: a user's mistake is one plain sentence on stderr and exit 2, a failure of the platform itself its cause
 * and exit 1. It sees only the domain lifecycle and the topology model.
 */
package dev.steadfast.ops.cli;
