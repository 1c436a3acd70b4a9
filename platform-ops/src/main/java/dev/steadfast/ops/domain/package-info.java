/**
 * The life of one domain on this machine: {@code up} (provision, start the database and host controllers, wait
 * until ready), {@code status} (the management model, read through the domain controller), {@code deploy} (one
 * server at a time), {@code apply} and {@code down} (drain, stop, then exactly the processes {@code up} started).
 * Readiness is decided here, from parsed cluster views, never from logs.
 */
package dev.steadfast.ops.domain;
