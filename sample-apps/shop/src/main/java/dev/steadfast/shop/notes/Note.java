package dev.steadfast.shop.notes;

import java.time.Instant;

import dev.steadfast.runtime.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A note. Its version makes concurrent edits on two nodes fail loudly (409) instead of overwriting each other. */
@Entity
public class Note implements AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = NoteDraft.TITLE_MAX)
    private String title;

    @Column(length = NoteDraft.BODY_MAX)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Note() {
    }

    Note(NoteDraft draft, Instant now) {
        this.title = draft.title();
        this.body = draft.body();
        this.createdAt = now;
    }

    void revise(NoteDraft draft) {
        this.title = draft.title();
        this.body = draft.body();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }
}
