package org.placeworks.identity;

import java.util.List;

/** The realm roles of the Placeworks Keycloak realm. */
public final class Roles {
    public static final String FRONTLINE = "frontline";
    public static final String LEAD_PROFESSIONAL = "lead-professional";
    public static final String PANEL_CHAIR = "panel-chair";
    public static final String PANEL_MEMBER = "panel-member";
    public static final String ESTATE_OFFICER = "estate-officer";
    public static final String INTELLIGENCE_OFFICER = "intelligence-officer";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /** Records payments and downloads finance returns for the funds of their service; never decides a grant. */
    public static final String FINANCE = "finance";
    /** The council's data protection officer: the audit trail, its chain, and the law's duties to the people recorded. */
    public static final String DPO = "dpo";

    public static final List<String> ALL = List.of(FRONTLINE, LEAD_PROFESSIONAL, PANEL_CHAIR, PANEL_MEMBER,
            ESTATE_OFFICER, INTELLIGENCE_OFFICER, MANAGER, ADMIN, FINANCE, DPO);

    private Roles() {
    }

    public static String label(String role) {
        return switch (role) {
            case FRONTLINE -> "Frontline worker";
            case LEAD_PROFESSIONAL -> "Lead professional";
            case PANEL_CHAIR -> "Panel chair";
            case PANEL_MEMBER -> "Panel member";
            case ESTATE_OFFICER -> "Estate officer";
            case INTELLIGENCE_OFFICER -> "Intelligence officer";
            case MANAGER -> "Manager";
            case ADMIN -> "Administrator";
            case FINANCE -> "Finance officer";
            case DPO -> "Data protection officer";
            default -> role;
        };
    }
}
