package dev.steadfast.erp.tenancy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a tenant is: the part after the {@code @} of a signed-in name. A user {@code ana@acme} works for tenant
 * {@code acme}; the realm has checked the whole name and its password, so the tenant comes from the authentication
 * itself, never from anything the request says. {@code NAME@operator} is the operator's application administrator
 * (the server's application realm, not an ERP user): the one caller who is no tenant's.
 */
public final class Tenants {

    /** The tenant of the operator's names; no ERP user can have it. */
    public static final String OPERATOR = "operator";

    /** A tenant's name: lower case letters, digits and dashes, up to 63. */
    private static final String TENANT = "[a-z0-9][a-z0-9-]{0,62}";

    /** A user name: a local part, {@code @}, a tenant; lower case, so that one name is never two accounts. */
    private static final Pattern USERNAME = Pattern.compile("([a-z0-9][a-z0-9._-]{0,62})@(" + TENANT + ")");
    private static final Pattern COMPANY = Pattern.compile(TENANT);

    private Tenants() {
    }

    /** The tenant a well-formed user name belongs to, or empty for any other text. */
    public static Optional<String> ofUsername(String username) {
        Matcher name = username == null ? null : USERNAME.matcher(username);
        return name != null && name.matches() ? Optional.of(name.group(2)) : Optional.empty();
    }

    /** Whether the text is a company's name: what follows the {@code @} of a user name, and not the operator's. */
    public static boolean isCompany(String tenant) {
        return tenant != null && COMPANY.matcher(tenant).matches() && !OPERATOR.equals(tenant);
    }

    /** The tenant of a signed-in name: the text after its last {@code @}, or empty if it has none. */
    static Optional<String> ofSignedIn(String principal) {
        int at = principal == null ? -1 : principal.lastIndexOf('@');
        return at > 0 && at < principal.length() - 1 ? Optional.of(principal.substring(at + 1)) : Optional.empty();
    }
}
