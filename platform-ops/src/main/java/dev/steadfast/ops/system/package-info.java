/**
 * The operating system, as the layers above need it: running a tool to its end or its time-out, stopping the
 * process trees {@code up} started and nothing else, and files only their owner can read.
 */
package dev.steadfast.ops.system;
