package org.placeworks.caf;

import java.util.Arrays;
import java.util.List;

/** The elements of each CAF domain: each records the family's strengths and needs. */
public enum CafElement {
    HEALTH(CafDomain.CHILD_DEVELOPMENT, "Health"),
    EMOTIONAL_SOCIAL(CafDomain.CHILD_DEVELOPMENT, "Emotional and social development"),
    BEHAVIOUR(CafDomain.CHILD_DEVELOPMENT, "Behavioural development"),
    IDENTITY(CafDomain.CHILD_DEVELOPMENT, "Identity and self-esteem"),
    RELATIONSHIPS(CafDomain.CHILD_DEVELOPMENT, "Family and social relationships"),
    SELF_CARE(CafDomain.CHILD_DEVELOPMENT, "Self-care skills and independence"),
    LEARNING(CafDomain.CHILD_DEVELOPMENT, "Learning"),
    BASIC_CARE(CafDomain.PARENTS_AND_CARERS, "Basic care, ensuring safety and protection"),
    EMOTIONAL_WARMTH(CafDomain.PARENTS_AND_CARERS, "Emotional warmth and stability"),
    GUIDANCE(CafDomain.PARENTS_AND_CARERS, "Guidance, boundaries and stimulation"),
    FAMILY_HISTORY(CafDomain.FAMILY_AND_ENVIRONMENT, "Family history, functioning and well-being"),
    WIDER_FAMILY(CafDomain.FAMILY_AND_ENVIRONMENT, "Wider family"),
    HOUSING(CafDomain.FAMILY_AND_ENVIRONMENT, "Housing, employment and financial considerations"),
    COMMUNITY(CafDomain.FAMILY_AND_ENVIRONMENT, "Social and community resources, including education");

    private final CafDomain domain;
    private final String label;

    CafElement(CafDomain domain, String label) {
        this.domain = domain;
        this.label = label;
    }

    public CafDomain domain() {
        return domain;
    }

    public String label() {
        return label;
    }

    public static List<CafElement> of(CafDomain domain) {
        return Arrays.stream(values()).filter(e -> e.domain == domain).toList();
    }
}
