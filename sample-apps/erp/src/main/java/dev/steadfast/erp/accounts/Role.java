package dev.steadfast.erp.accounts;

/** What a user does in their company, as the realm's role (lower case, as stored in erp_user_role). */
public enum Role {
    /** Keeps the item master (and, with the MRP, plans what to make and buy). */
    PLANNER,
    /** Raises purchase orders. */
    BUYER,
    /** Approves purchase orders others raised. */
    APPROVER,
    /** Keeps warehouses, books stock in and out, receives purchase orders. */
    STOREKEEPER,
    /** Opens and closes the company's user accounts; sees no business data. */
    ADMIN,
    /** Reviews the company's audit trail (and whether the chain verifies); sees no business data otherwise. */
    AUDITOR;

    public static final String PATTERN = "planner|buyer|approver|storekeeper|admin|auditor";

    public static final String PLANNER_ROLE = "planner";
    public static final String BUYER_ROLE = "buyer";
    public static final String APPROVER_ROLE = "approver";
    public static final String STOREKEEPER_ROLE = "storekeeper";
    public static final String ADMIN_ROLE = "admin";
    public static final String AUDITOR_ROLE = "auditor";

    public String role() {
        return name().toLowerCase();
    }
}
