package org.placeworks.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.insight.internal.Claim;
import org.placeworks.insight.internal.ClaimRepository;
import org.placeworks.insight.internal.ClaimRepository.CaseFacts;
import org.placeworks.insight.internal.ImpactSettings;
import org.placeworks.insight.internal.ManagedServices;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.CsvWriter;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Today;

/**
 * Supporting Families results claims for the manager's services: the families that meet the criteria in this claim
 * window with their evidence, the claim recorded so a family is not listed again in the window (nor its case ever),
 * and the CSV for the return. Every list and export is audited as a read of personal data.
 */
@ApplicationScoped
public class Claims {

    public static final String KIND = "supporting-families-claim";

    @Inject
    ClaimRepository claims;

    @Inject
    ManagedServices managed;

    @Inject
    ImpactSettings settings;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    public ClaimWindow window() {
        return ClaimWindow.containing(today.date(), settings.claimWindowMonths());
    }

    @Transactional
    public ClaimsList claimable() {
        ClaimsList list = list();
        audit.record(AuditAction.VIEW, KIND, list.window().start(), "Listed " + list.families().size()
                + " families claimable under Supporting Families in the window from " + list.window().start());
        return list;
    }

    /** Records the claim for the case's family in this window; refused when it is not (or no longer) claimable. */
    @Transactional
    public void markClaimed(UUID caseId) {
        ClaimWindow window = window();
        List<CaseFacts> mine = claims.unclaimedRecorded(managed.all(), managed.services());
        CaseFacts facts = mine.stream().filter(f -> f.caseId().equals(caseId)).findFirst()
                .orElseThrow(() -> new NotFound("claimable family", caseId));
        if (claimable(mine, claims.familiesClaimedIn(window.start())).stream().noneMatch(v -> v.caseId().equals(caseId))) {
            throw new Conflict("Case " + facts.reference() + " cannot be claimed in this window: its family has been claimed "
                    + "already, or it does not meet every criterion.");
        }
        claims.persist(new Claim(caseId, facts.familyId(), window.start(), current.username(), today.instant()));
        audit.record(AuditAction.CREATE, KIND, caseId, "Claimed a Supporting Families result for case " + facts.reference()
                + " in the window from " + window.start());
    }

    /** The return as CSV (formula-safe), audited as an export. */
    @Transactional
    public String csv() {
        return CsvWriter.write(HEADER, rowsOf(exported("CSV").families()));
    }

    /** The same return as an Excel workbook (every cell text, so nothing typed in evidence runs), audited as an export. */
    @Transactional
    public byte[] xlsx() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            org.placeworks.insight.internal.TableXlsx.writeText("Supporting Families claims", HEADER,
                    rowsOf(exported("Excel").families()), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ClaimsList exported(String format) {
        ClaimsList list = list();
        audit.record(AuditAction.EXPORT, KIND, list.window().start(), "Exported (" + format + ") " + list.families().size()
                + " families claimable under Supporting Families in the window from " + list.window().start());
        return list;
    }

    static final List<String> HEADER = List.of("Case reference", "Claim route", "Headline outcomes", "Assessment completed",
            "Plan", "Closed", "Sustainment check recorded", "Evidence");

    /** One row per family, the same for the CSV and the workbook. */
    static List<List<String>> rowsOf(List<ClaimView> families) {
        List<List<String>> rows = new ArrayList<>();
        for (ClaimView v : families) {
            rows.add(List.of(v.caseReference(), v.route().name(), String.valueOf(v.headlines()), date(v.assessmentCompletedOn()),
                    v.plan(), date(v.closedOn()), date(v.checkRecordedOn()), String.join(" | ", v.evidence())));
        }
        return rows;
    }

    /** The CSV of a list, through the shared CsvWriter so that nothing typed in evidence runs as a formula. */
    static String csvOf(List<ClaimView> families) {
        return CsvWriter.write(HEADER, rowsOf(families));
    }

    private ClaimsList list() {
        ClaimWindow window = window();
        List<CaseFacts> facts = claims.unclaimedRecorded(managed.all(), managed.services());
        return new ClaimsList(window, claimable(facts, claims.familiesClaimedIn(window.start())), ClaimCriteria.METHOD);
    }

    /** The claimable cases, one per family not yet claimed in the window (its earliest check first). */
    static List<ClaimView> claimable(List<CaseFacts> facts, Set<UUID> familiesClaimed) {
        Set<UUID> families = new HashSet<>(familiesClaimed);
        List<ClaimView> views = new ArrayList<>();
        for (CaseFacts f : facts) {
            ClaimCriteria.Facts rule = rule(f);
            if (!ClaimCriteria.claimable(rule) || !families.add(f.familyId())) {
                continue;
            }
            LocalDate recorded = f.checkRecordedAt().atZone(Today.LONDON).toLocalDate();
            List<String> evidence = f.needs().stream().map(n -> n.headline().label() + ": " + (Boolean.TRUE.equals(n.held())
                    ? "held. " + n.evidence() : "did not hold")).toList();
            long headlines = f.needs().stream().map(ClaimRepository.NeedFacts::headline).distinct().count();
            views.add(new ClaimView(f.caseId(), f.reference(), ClaimCriteria.route(rule).orElseThrow(), (int) headlines,
                    f.assessmentCompletedOn(), f.needs().size() + " needs, each with a goal or an action", f.closedOn(), recorded,
                    evidence));
        }
        return views;
    }

    static ClaimCriteria.Facts rule(CaseFacts f) {
        return new ClaimCriteria.Facts(f.leadProfessional(), f.assessmentCompletedOn(), f.closureReason(), f.closedOn(),
                f.checkRecordedAt() == null ? null : f.checkRecordedAt().atZone(Today.LONDON).toLocalDate(),
                f.needs().stream().map(n -> new ClaimCriteria.NeedFact(n.headline(), n.outcome(), n.planned(), n.held())).toList());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
