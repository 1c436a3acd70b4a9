/** Signed-in sessions end when idle ({@link dev.steadfast.ehr.session.IdleTimeout}). */
package dev.steadfast.ehr.session;
