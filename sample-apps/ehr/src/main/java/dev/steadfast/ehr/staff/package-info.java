/**
 * Staff accounts: {@link dev.steadfast.ehr.staff.StaffMember} in the EHR's own tables, with a bcrypt password made
 * by Elytron's implementation ({@link dev.steadfast.runtime.password.PasswordHashing}) so that the server's jdbc-realm
 * checks sign-ins against it (WEB-INF/steadfast/profile/010-ehr-sign-in.cli), the roles
 * ({@link dev.steadfast.ehr.staff.Role}) and the care team.
 */
package dev.steadfast.ehr.staff;
