package dev.steadfast.erp.warehouses;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.steadfast.erp.tenancy.CompanyRecord;
import jakarta.persistence.Version;

/** A place a company keeps stock: a short code (unique in the company) and a name. */
@Entity
@Table(name = "erp_warehouse")
public class Warehouse extends CompanyRecord {

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

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
