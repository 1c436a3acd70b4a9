/**
 * Test support for Steadfast applications. Their test server (provisioned by the build under
 * {@code target/server}) and the local cluster answer HTTPS only, with a certificate generated at set-up; the
 * client here trusts exactly that certificate, and the assertions say what every refusal must look like.
 */
package dev.steadfast.testing;
