package org.placeworks.caf.internal;

import jakarta.persistence.Embeddable;

/** What the assessment found for one element: the family's strengths and needs, in words. */
@Embeddable
public class Findings {
    String strengths;
    String needs;

    protected Findings() {
    }

    public Findings(String strengths, String needs) {
        this.strengths = strengths;
        this.needs = needs;
    }

    public String strengths() {
        return strengths;
    }

    public String needs() {
        return needs;
    }
}
