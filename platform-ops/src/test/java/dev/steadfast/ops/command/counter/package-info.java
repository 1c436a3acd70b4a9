/** A distributable counter web app, packaged by the cluster test, that proves stickiness and session replication. */
package dev.steadfast.ops.command.counter;
