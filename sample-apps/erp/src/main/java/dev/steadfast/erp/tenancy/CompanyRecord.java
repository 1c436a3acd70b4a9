package dev.steadfast.erp.tenancy;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;

/**
 * What every entity of a company's business data has: an id from a sequence all companies share (so an id says
 * nothing of whose it is), and the company it belongs to, which Hibernate fills on insert and filters every query
 * and load by ({@code @TenantId}). The users' table, keyed by name, has its own.
 */
@MappedSuperclass
public abstract class CompanyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private String tenant;

    public Long id() {
        return id;
    }
}
