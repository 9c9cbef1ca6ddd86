package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.OpenCases;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyHeader;
import org.placeworks.family.FamilyNotice;
import org.placeworks.family.FamilyNoticeSource;

/** The family page's early help lines: a link to each open case the reader may see, a flag for each they may only know of. */
@ApplicationScoped
public class CaseNotices implements FamilyNoticeSource {

    @Inject
    CaseGate gate;

    @Inject
    Families families;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FamilyNotice> noticesFor(UUID familyId) {
        FamilyHeader family = families.headers(Set.of(familyId)).get(familyId);
        if (family == null) {
            return List.of();
        }
        OpenCases open = gate.openCasesOf(family);
        List<FamilyNotice> notices = new ArrayList<>();
        open.seen().forEach(c -> notices.add(new FamilyNotice("Open early help case " + c.reference() + ", "
                + c.status().label().toLowerCase() + (c.leadProfessional() == null ? "" : ", lead professional "
                + c.leadProfessional()), "/cases/" + c.id())));
        open.flagged().forEach(f -> notices.add(new FamilyNotice(f.text(), null)));
        return notices;
    }
}
