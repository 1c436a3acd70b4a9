/** What applications with a FORM sign-in share: {@link dev.steadfast.runtime.signin.SignOut}, ending one everywhere. */
package dev.steadfast.runtime.signin;
