package org.placeworks.caf.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.ClosureReason;
import org.placeworks.caf.NeedOutcome;
import org.placeworks.caf.SignOffKind;
import org.placeworks.caf.SignOffState;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.Forbidden;

/**
 * A worker's request that a manager authorise a closure, step up or step down, with what the step
 * will record once signed off. The manager signs it off or sends it back, with an oversight note
 * either way; the worker who asked can do neither.
 */
@Entity
@Table(name = "caf_sign_off")
public class SignOff {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    SignOffKind kind;

    @Enumerated(EnumType.STRING)
    SignOffState state;

    @Column(name = "requested_at")
    Instant requestedAt;

    @Column(name = "requested_by")
    String requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    ClosureReason closureReason;

    @Column(name = "step_on")
    LocalDate stepOn;

    String note;

    @Column(name = "mash_reference")
    String mashReference;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "oversight_note")
    String oversightNote;

    // Read only when a manager signs off a closure: the case page and the JSON read show requests without them.
    @ElementCollection(fetch = FetchType.LAZY)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_sign_off_outcome", joinColumns = @JoinColumn(name = "sign_off_id"))
    @MapKeyColumn(name = "need_id")
    @Column(name = "outcome")
    @Enumerated(EnumType.STRING)
    Map<UUID, NeedOutcome> outcomes = new HashMap<>();

    protected SignOff() {
    }

    SignOff(SignOffKind kind, ClosureReason closureReason, LocalDate stepOn, String note, String mashReference,
            Map<UUID, NeedOutcome> outcomes, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.state = SignOffState.AWAITING;
        this.closureReason = closureReason;
        this.stepOn = stepOn;
        this.note = note;
        this.mashReference = mashReference;
        this.outcomes.putAll(outcomes);
        this.requestedAt = at;
        this.requestedBy = by;
    }

    /** Oversight is a second pair of eyes: the worker who asked may not authorise their own request. */
    void decide(SignOffState decision, String oversight, Instant at, String by) {
        if (state != SignOffState.AWAITING) {
            throw new Conflict("This request has already been " + (state == SignOffState.SIGNED_OFF ? "signed off" : "sent back") + ".");
        }
        if (by.equals(requestedBy)) {
            throw new Forbidden("You asked for this " + kind.label().toLowerCase() + ": another manager must sign it off.");
        }
        state = decision;
        oversightNote = oversight;
        decidedAt = at;
        decidedBy = by;
    }

    public boolean awaiting() {
        return state == SignOffState.AWAITING;
    }

    public UUID id() { return id; }
    public SignOffKind kind() { return kind; }
    public SignOffState state() { return state; }
    public Instant requestedAt() { return requestedAt; }
    public String requestedBy() { return requestedBy; }
    public ClosureReason closureReason() { return closureReason; }
    public LocalDate stepOn() { return stepOn; }
    public String note() { return note; }
    public String mashReference() { return mashReference; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String oversightNote() { return oversightNote; }
    public Map<UUID, NeedOutcome> outcomes() { return outcomes; }
}
