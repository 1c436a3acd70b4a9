/**
 * Passwords of the accounts an application keeps in its own tables: {@link dev.steadfast.runtime.password.PasswordHashing},
 * bcrypt made the way the server's Elytron jdbc-realm checks it.
 */
package dev.steadfast.runtime.password;
