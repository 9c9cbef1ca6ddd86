package org.placeworks.panel.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.placeworks.shared.InvalidInput;

/**
 * A declaration of interest on one item by someone at the meeting: who, what, and whether they withdrew
 * from the item. A member who withdrew takes their agency out of the item's quorum; the person chairing
 * who withdrew takes the chair out of it.
 */
@Entity
@Table(name = "panel_declaration")
public class Declaration {

    @Id
    UUID id;

    @Column(name = "meeting_id")
    UUID meetingId;

    @Column(name = "item_id")
    UUID itemId;

    @Column(name = "staff_id")
    UUID staffId;

    @Column(name = "agency_id")
    UUID agencyId;

    @Column(name = "declared_by")
    String declaredBy;

    String interest;

    boolean withdrew;

    boolean chairing;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_at")
    Instant recordedAt;

    protected Declaration() {
    }

    /**
     * {@code agencyId} is the agency the declarer attends for (null for the person chairing, who attends for none);
     * {@code declaredBy} their name as the minutes give it.
     */
    public Declaration(UUID meetingId, UUID itemId, UUID staffId, UUID agencyId, String declaredBy, boolean chairing,
            String interest, Boolean withdrew, String recordedBy, Instant at) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (staffId == null) {
            problems.put("declarerId", "Select who is declaring an interest");
        }
        if (interest == null || interest.isBlank()) {
            problems.put("interest", "Enter the interest declared");
        }
        if (withdrew == null) {
            problems.put("withdrew", "Select whether they withdrew from the item");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.staffId = staffId;
        this.agencyId = agencyId;
        this.declaredBy = declaredBy;
        this.chairing = chairing;
        this.interest = interest.strip();
        this.withdrew = withdrew;
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    public UUID id() { return id; }
    public UUID meetingId() { return meetingId; }
    public UUID itemId() { return itemId; }
    public UUID staffId() { return staffId; }
    public UUID agencyId() { return agencyId; }
    public String declaredBy() { return declaredBy; }
    public String interest() { return interest; }
    public boolean withdrew() { return withdrew; }
    public boolean chairing() { return chairing; }
}
