package org.placeworks.caf.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.NotFound;

/**
 * Who may see and change a case. Seeing: the family's address is inside the reader's boundary, or
 * the case was shared with them (Team Around the Family). Changing the case itself: inside the
 * boundary with a casework role. Anyone else does not know the case exists (404).
 */
@RequestScoped
public class CaseAccess {

    public static final String KIND = "caf-case";
    private static final Set<String> CASEWORK_ROLES = Set.of(Roles.FRONTLINE, Roles.LEAD_PROFESSIONAL, Roles.PANEL_CHAIR,
            Roles.MANAGER);

    @Inject
    CafCaseRepository cases;

    @Inject
    AccessPolicy access;

    @Inject
    Families families;

    @Inject
    CurrentStaff current;

    /** The case if the reader may see it; otherwise, for them, it does not exist. */
    public CafCase visible(UUID caseId) {
        CafCase c = cases.findByIdOptional(caseId).orElseThrow(() -> new NotFound("case", caseId));
        if (!inBoundary(c) && !access.sharedWithMe(KIND, caseId)) {
            throw new NotFound("case", caseId);
        }
        return c;
    }

    /** The case if the reader may change it: visible, inside their boundary and with a casework role. */
    public CafCase editable(UUID caseId) {
        CafCase c = visible(caseId);
        if (!canEdit(c)) {
            throw new Forbidden("Only the case's own service can change it. As a member of the Team Around the Family "
                    + "you can update the actions you own.");
        }
        return c;
    }

    public boolean canEdit(CafCase c) {
        return inBoundary(c) && CASEWORK_ROLES.stream().anyMatch(current::has);
    }

    public boolean inBoundary(CafCase c) {
        FamilyHeader family = families.headers(Set.of(c.familyId())).get(c.familyId());
        return family != null && access.covers(family.address());
    }

    /** For lists: whether the reader may see a case, given its family's header (loaded once for the whole list). */
    public boolean visible(CafCase c, Map<UUID, FamilyHeader> families) {
        FamilyHeader family = families.get(c.familyId());
        return family != null && (access.covers(family.address()) || access.sharedWithMe(KIND, c.id()));
    }
}
