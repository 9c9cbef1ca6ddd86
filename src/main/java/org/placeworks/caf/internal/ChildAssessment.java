package org.placeworks.caf.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.CafElement;

/**
 * One child's own assessment on a case for several children: their strengths and needs per
 * element, their voice, and the day. The scores stay on the family assessment's needs. A later
 * assessment of the same child replaces it; the replaced one is kept as it stood.
 */
@Entity
@Table(name = "caf_child_assessment")
public class ChildAssessment {

    @Id
    UUID id;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "child_id")
    UUID childId;

    int number;

    @Column(name = "completed_on")
    LocalDate completedOn;

    @Column(name = "childs_voice")
    String childsVoice;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Column(name = "replaced_on")
    LocalDate replacedOn;

    @Column(name = "replaced_by")
    String replacedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_child_assessment_element", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "element")
    @MapKeyEnumerated(EnumType.STRING)
    Map<CafElement, Findings> findings = new EnumMap<>(CafElement.class);

    protected ChildAssessment() {
    }

    public ChildAssessment(UUID caseId, UUID childId, int number, LocalDate completedOn, Map<CafElement, Findings> findings,
            String childsVoice, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.childId = childId;
        this.number = number;
        this.completedOn = completedOn;
        this.findings.putAll(findings);
        this.childsVoice = childsVoice;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A newer assessment of the child replaced this one: kept, as it stood. */
    public void replacedBy(LocalDate on, String by) {
        if (replacedOn == null) {
            replacedOn = on;
            replacedBy = by;
        }
    }

    /** A merged duplicate child: the assessment follows the record kept. */
    boolean replaceChild(UUID mergedPersonId, UUID keptPersonId) {
        if (mergedPersonId.equals(childId)) {
            childId = keptPersonId;
            return true;
        }
        return false;
    }

    public boolean current() { return replacedOn == null; }
    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public UUID childId() { return childId; }
    public int number() { return number; }
    public LocalDate completedOn() { return completedOn; }
    public String childsVoice() { return childsVoice; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public LocalDate replacedOn() { return replacedOn; }
    public String replacedBy() { return replacedBy; }
    public Map<CafElement, Findings> findings() { return findings; }
}
