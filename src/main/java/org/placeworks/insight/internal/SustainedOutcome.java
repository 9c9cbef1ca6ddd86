package org.placeworks.insight.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.placeworks.caf.HeadlineOutcome;

/** One need of a checked case, with its headline outcome, and whether it held 6 months after closure. */
@Entity
@Table(name = "insight_sustainment_outcome")
public class SustainedOutcome {

    @Id
    private UUID id;
    @Column(name = "need_id")
    private UUID needId;
    private int position;
    @Enumerated(EnumType.STRING)
    private HeadlineOutcome headline;
    private String need;
    private Boolean held;
    private String evidence;

    protected SustainedOutcome() {
    }

    void answer(boolean held, String evidence) {
        this.held = held;
        this.evidence = evidence;
    }

    public UUID id() {
        return id;
    }

    public UUID needId() {
        return needId;
    }

    public HeadlineOutcome headline() {
        return headline;
    }

    public String need() {
        return need;
    }

    public Boolean held() {
        return held;
    }

    public String evidence() {
        return evidence;
    }
}
