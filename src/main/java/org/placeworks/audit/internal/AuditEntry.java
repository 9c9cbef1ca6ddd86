package org.placeworks.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditEntryView;

/**
 * One line of the trail; the database refuses to change or delete it. Written only as rows
 * ({@link AuditEntryRepository#appendAll}), never persisted as an entity.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    UUID id;

    Instant at;
    String actor;

    @Enumerated(EnumType.STRING)
    AuditAction action;

    @Column(name = "record_kind")
    String recordKind;

    @Column(name = "record_id")
    String recordId;

    String summary;

    @Column(name = "actor_roles")
    String actorRoles;

    String outcome;

    protected AuditEntry() {
    }

    public AuditEntryView view() {
        return new AuditEntryView(at, actor, action, recordKind, recordId, summary);
    }
}
