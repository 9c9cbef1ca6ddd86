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
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.placeworks.caf.CafElement;

/**
 * An assessment as it stood when a re-assessment replaced it: kept, never changed, so the case
 * shows how the family's needs were seen each year.
 */
@Entity
@Table(name = "caf_earlier_assessment")
public class EarlierAssessment {

    @Id
    UUID id;

    @Column(name = "case_id")
    UUID caseId;

    int number;

    @Column(name = "completed_on")
    LocalDate completedOn;

    @Column(name = "childs_voice")
    String childsVoice;

    @Column(name = "family_views")
    String familyViews;

    @Column(name = "replaced_on")
    LocalDate replacedOn;

    @Column(name = "replaced_by")
    String replacedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_earlier_assessment_element", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "element")
    @MapKeyEnumerated(EnumType.STRING)
    Map<CafElement, Findings> findings = new EnumMap<>(CafElement.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "caf_earlier_assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "need_id")
    @Column(name = "score")
    Map<UUID, Integer> scores = new LinkedHashMap<>();

    protected EarlierAssessment() {
    }

    /** The case's assessment in force, copied as it stands, numbered after those kept before it. */
    public EarlierAssessment(CafCase c, int number, LocalDate replacedOn, String replacedBy) {
        this.id = UUID.randomUUID();
        this.caseId = c.id();
        this.number = number;
        this.completedOn = c.assessmentCompletedOn();
        this.childsVoice = c.childsVoice();
        this.familyViews = c.familyViews();
        this.replacedOn = replacedOn;
        this.replacedBy = replacedBy;
        c.findings().forEach((element, found) -> findings.put(element, new Findings(found.strengths(), found.needs())));
        c.needs().forEach(n -> {
            if (n.currentScore() != null) {
                scores.put(n.id(), n.currentScore());
            }
        });
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public int number() { return number; }
    public LocalDate completedOn() { return completedOn; }
    public String childsVoice() { return childsVoice; }
    public String familyViews() { return familyViews; }
    public LocalDate replacedOn() { return replacedOn; }
    public String replacedBy() { return replacedBy; }
    public Map<CafElement, Findings> findings() { return findings; }
    public Map<UUID, Integer> scores() { return scores; }
}
