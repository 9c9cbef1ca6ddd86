package org.placeworks.subjectaccess.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.placeworks.subjectaccess.ItemDecision;

/** The officer's decision on one item of a compiled export: the latest replaces the one before (the history keeps both). */
@Entity
@Table(name = "subject_access_item_review")
public class ItemReview {

    @Embeddable
    public record Key(@Column(name = "request_id") UUID requestId, @Column(name = "item_key") String itemKey) implements Serializable {
    }

    @EmbeddedId
    Key key;

    @Enumerated(EnumType.STRING)
    ItemDecision decision;

    String reason;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    protected ItemReview() {
    }

    public ItemReview(UUID requestId, String itemKey) {
        this.key = new Key(requestId, itemKey);
    }

    public void decide(ItemDecision decision, String reason, String by, Instant at) {
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public String itemKey() { return key.itemKey(); }
    public ItemDecision decision() { return decision; }
    public String reason() { return reason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
