package dev.steadfast.erp.accounts;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.steadfast.runtime.password.PasswordHashing;

/**
 * A user account: what the realm signs in (name, bcrypt password, roles, active), scoped to its company like every
 * other table, so a company's admin sees and changes only the company's own users.
 */
@Entity
@Table(name = "erp_user")
public class User {

    @Id
    private String username;

    @TenantId
    private String tenant;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_salt")
    private String passwordSalt;

    @Column(name = "password_cost")
    private int passwordCost;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "erp_user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    @Version
    private long version;

    protected User() {
    }

    User(NewUser draft, String tenant, PasswordHashing.HashedPassword password) {
        this.username = draft.username();
        this.tenant = tenant;
        this.displayName = draft.displayName();
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordCost = password.cost();
        this.active = true;
        this.roles = new TreeSet<>(draft.roles());
    }

    public String username() {
        return username;
    }

    public String tenant() {
        return tenant;
    }

    public String displayName() {
        return displayName;
    }

    public boolean active() {
        return active;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
