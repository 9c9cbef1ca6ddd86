package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * Someone who agreed: an adult with parental responsibility, or a young person for themselves (16
 * or over, or under 16 and judged competent: then who judged and why are kept).
 */
@Embeddable
public class ConsentGiver {

    String name;

    @Column(name = "person_id")
    UUID personId;

    @Column(name = "young_person")
    boolean youngPerson;

    @Column(name = "competence_judged_by")
    String competenceJudgedBy;

    @Column(name = "competence_reason")
    String competenceReason;

    protected ConsentGiver() {
    }

    public ConsentGiver(String name, UUID personId, boolean youngPerson, String competenceJudgedBy, String competenceReason) {
        this.name = name;
        this.personId = personId;
        this.youngPerson = youngPerson;
        this.competenceJudgedBy = competenceJudgedBy;
        this.competenceReason = competenceReason;
    }

    public String name() { return name; }
    public UUID personId() { return personId; }
    public boolean youngPerson() { return youngPerson; }
    public String competenceJudgedBy() { return competenceJudgedBy; }
    public String competenceReason() { return competenceReason; }
}
