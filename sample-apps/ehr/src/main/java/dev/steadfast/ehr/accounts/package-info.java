/**
 * The account API: admins open and disable staff accounts ({@link dev.steadfast.ehr.accounts.StaffResource}); anyone
 * signed in asks who they are ({@link dev.steadfast.ehr.accounts.SignedInResource}).
 */
package dev.steadfast.ehr.accounts;
