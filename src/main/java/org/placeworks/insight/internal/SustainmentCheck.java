package org.placeworks.insight.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.placeworks.insight.SustainmentAnswer;
import org.placeworks.shared.InvalidInput;

/**
 * The check, 6 months after a case closed with its needs met, that each outcome held. Made by
 * {@link SustainmentCheckRepository#createMissing} from the closed case; recorded once by the lead
 * professional (a later recording corrects it, under the version).
 */
@Entity
@Table(name = "insight_sustainment_check")
public class SustainmentCheck {

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "case_reference")
    private String caseReference;
    @Column(name = "family_id")
    private UUID familyId;
    @Column(name = "owning_service_id")
    private UUID owningServiceId;
    @Column(name = "lead_professional_id")
    private UUID leadProfessionalId;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "check_id", nullable = false)
    @OrderBy("position")
    private List<SustainedOutcome> outcomes = new ArrayList<>();

    protected SustainmentCheck() {
    }

    /**
     * Records every outcome's answer at once: an outcome left out, or said to have held without evidence, is
     * refused naming its field ("held-&lt;outcome id&gt;", "evidence-&lt;outcome id&gt;").
     */
    public void record(Map<UUID, SustainmentAnswer> answers, String by, Instant at) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        for (SustainedOutcome o : outcomes) {
            SustainmentAnswer a = answers.get(o.id());
            if (a == null) {
                problems.put("held-" + o.id(), "Select whether the outcome \u201c" + o.need() + "\u201d held");
            } else if (a.held() && (a.evidence() == null || a.evidence().isBlank())) {
                problems.put("evidence-" + o.id(), "Enter the evidence that the outcome \u201c" + o.need() + "\u201d held");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        outcomes.forEach(o -> {
            SustainmentAnswer a = answers.get(o.id());
            o.answer(a.held(), a.evidence() == null || a.evidence().isBlank() ? null : a.evidence().strip());
        });
        recordedBy = by;
        recordedAt = at;
    }

    public boolean recorded() {
        return recordedAt != null;
    }

    /** Recorded, and every outcome held. */
    public boolean allHeld() {
        return recorded() && !outcomes.isEmpty() && outcomes.stream().allMatch(o -> Boolean.TRUE.equals(o.held()));
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseReference() {
        return caseReference;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID owningServiceId() {
        return owningServiceId;
    }

    public UUID leadProfessionalId() {
        return leadProfessionalId;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }

    public List<SustainedOutcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
