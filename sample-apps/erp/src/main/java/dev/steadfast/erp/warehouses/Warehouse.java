package dev.steadfast.erp.warehouses;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A place a company keeps stock: a short code (unique in the company) and a name. */
@Entity
@Table(name = "erp_warehouse")
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private String tenant;

    private String code;

    private String name;

    @Version
    private long version;

    protected Warehouse() {
    }

    Warehouse(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
