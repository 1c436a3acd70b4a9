package dev.steadfast.ehr.staff;

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

import dev.steadfast.runtime.password.PasswordHashing;

/** A staff account: what the realm signs in (name, bcrypt password, roles, active) and the care team it works in. */
@Entity
@Table(name = "ehr_staff")
public class StaffMember {

    @Id
    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "care_team")
    private String careTeam;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_salt")
    private String passwordSalt;

    @Column(name = "password_cost")
    private int passwordCost;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ehr_staff_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    @Version
    private long version;

    protected StaffMember() {
    }

    StaffMember(NewStaffMember draft, PasswordHashing.HashedPassword password) {
        this.username = draft.username();
        this.displayName = draft.displayName();
        this.careTeam = draft.careTeam();
        this.passwordHash = password.hash();
        this.passwordSalt = password.salt();
        this.passwordCost = password.cost();
        this.active = true;
        this.roles = new TreeSet<>(draft.roles());
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String careTeam() {
        return careTeam;
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
