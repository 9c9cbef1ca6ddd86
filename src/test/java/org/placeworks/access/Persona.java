package org.placeworks.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Set;
import org.placeworks.identity.Roles;

/**
 * Who asks: nobody signed in, every demo sign-in, and the people the rules single out (a Team
 * member, a former one, a lead professional from outside the owning service, a leaver whose token
 * has not yet expired, a manager of another boundary). The extra people are set up by
 * {@link MatrixPeople}; the demo ones come with the demo town.
 */
enum Persona {
    NOBODY(null),
    FRONTLINE("frontline", Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL),
    SCHOOL_NURSE("frontline2", Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL),
    CHAIR("chair", Roles.PANEL_CHAIR, Roles.PANEL_MEMBER, Roles.LEAD_PROFESSIONAL),
    MANAGER("manager", Roles.MANAGER),
    ESTATE("estate", Roles.ESTATE_OFFICER),
    INTEL("intel", Roles.INTELLIGENCE_OFFICER),
    ADMIN("admin", Roles.ADMIN),
    PANEL_MEMBER("member", Roles.PANEL_MEMBER),
    /** A council learning mentor on the Team Around the Family of the Begum case, in no early help service. */
    TEAM_MEMBER("matrix-teacher", Roles.FRONTLINE),
    /** A youth worker who was on the Begum case's Team and has left it. */
    FORMER_TEAM_MEMBER("matrix-youth-worker", Roles.FRONTLINE),
    /** A council family learning worker, in no early help service, appointed lead professional of School Nursing's Patel case. */
    OUTSIDE_LEAD("matrix-lead", Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL),
    /** Left Family Support last week; their token is still valid for a few minutes. */
    LEAVER("matrix-leaver", Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL),
    /** Manages School Nursing Southbank only. */
    OTHER_MANAGER("matrix-manager", Roles.MANAGER),
    /** Family Support Thornbury's finance officer: pays its grants and downloads its returns, reads no case. */
    FINANCE("finance", Roles.FINANCE),
    /** The data protection officer: the audit trail, no service, reads no family or case. */
    DPO("dpo", Roles.DPO),
    /** A council outreach worker, in no early help service, who opened the Patel family by breaking glass an hour ago. */
    GLASS("matrix-glass", Roles.FRONTLINE),
    /** A council outreach worker who opened the Patel family by breaking glass yesterday: the window has passed. */
    EXPIRED_GLASS("matrix-glass-expired", Roles.FRONTLINE);

    final String username;
    final Set<String> roles;

    Persona(String username, String... roles) {
        this.username = username;
        this.roles = Set.of(roles);
    }

    boolean signedIn() {
        return username != null;
    }

    boolean hasAny(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    SecurityIdentity identity() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(roles).build();
    }
}
