package org.placeworks.retention.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.placeworks.shared.Conflict;

/**
 * Removes a disposed record and every copy of it, table by table, children before parents, in the caller's
 * transaction: all of it or none. Erasure must be total, and no feature's public API removes its records, so this is
 * the one place that deletes from other features' tables; the statements are explicit (not left to cascades) so that
 * each table is named here, and {@code DisposalLeavesOnlyItsCertificateTest} scans every table of the schema to prove
 * nothing is left. Documents' files are the document feature's (they go after the commit). Audit entries are not
 * touched: they are append-only and kept for their own rule (they hold ids, not content).
 */
@ApplicationScoped
public class Erasure {

    private static final String CASES = "(select id from caf_case where family_id = :f)";
    private static final String PEOPLE = "(select id from person where family_id = :f)";
    private static final String ITEMS = "(select id from panel_item where case_id in " + CASES + ")";
    private static final String REQUESTS = "(select id from subject_access_request where family_id = :f or person_id in " + PEOPLE + ")";
    private static final String GRANTS = "(select id from grant_request where family_id = :f or case_id in " + CASES + ")";
    private static final String NOTES = "(select id from caf_case_note where case_id in " + CASES + ")";
    private static final String TAF = "(select id from caf_taf_meeting where case_id in " + CASES + ")";
    private static final String EARLIER = "(select id from caf_earlier_assessment where case_id in " + CASES + ")";
    private static final String CHILD_ASSESSMENTS = "(select id from caf_child_assessment where case_id in " + CASES + ")";
    private static final String REVIEWS = "(select id from caf_review where case_id in " + CASES + ")";
    private static final String SIGN_OFFS = "(select id from caf_sign_off where case_id in " + CASES + ")";
    private static final String CONSENTS = "(select id from caf_consent_version where case_id in " + CASES + ")";
    private static final String CHECKS = "(select id from insight_sustainment_check where family_id = :f or case_id in " + CASES + ")";

    /** A family's early help records, in order. {@code :f} is the family. */
    static final List<String> FAMILY = List.of(
            // Intelligence passed on to early help keeps that it was, not to which case.
            "update intel_dissemination set referral_case_id = null, referral_case_reference = null where referral_case_id in " + CASES,
            "delete from access_grant where record_id = :f or record_id in " + CASES + " or record_id in " + PEOPLE,
            "delete from subject_access_event where request_id in " + REQUESTS,
            "delete from subject_access_item_review where request_id in " + REQUESTS,
            "delete from subject_access_request where family_id = :f or person_id in " + PEOPLE,
            "delete from insight_sustainment_outcome where check_id in " + CHECKS,
            "delete from insight_sustainment_check where family_id = :f or case_id in " + CASES,
            "delete from insight_claim where family_id = :f or case_id in " + CASES,
            // The fund's ledger is the council's accounts: the sums stay, the link to the family and what was bought go.
            "update grant_ledger_entry set request_id = null, reason = 'Award on an early help record since disposed of'"
                    + " where request_id in " + GRANTS,
            "delete from grant_payment where request_id in " + GRANTS,
            "update panel_item set subject_kind = null, subject_id = null where subject_id in " + GRANTS,
            "delete from grant_request where family_id = :f or case_id in " + CASES,
            "delete from panel_declaration where item_id in " + ITEMS,
            "delete from panel_action where item_id in " + ITEMS,
            "update panel_item set carried_from_item_id = null where carried_from_item_id in " + ITEMS
                    + " and case_id not in " + CASES,
            "delete from panel_item where case_id in " + CASES,
            "delete from caf_case_note_addendum where note_id in " + NOTES,
            "delete from caf_case_note_seen where note_id in " + NOTES,
            "delete from caf_case_note where case_id in " + CASES,
            "delete from caf_taf_meeting_action where meeting_id in " + TAF,
            "delete from caf_taf_meeting_person where meeting_id in " + TAF,
            "delete from caf_taf_meeting_staff where meeting_id in " + TAF,
            "delete from caf_taf_meeting where case_id in " + CASES,
            "delete from caf_earlier_assessment_score where assessment_id in " + EARLIER,
            "delete from caf_earlier_assessment_element where assessment_id in " + EARLIER,
            "delete from caf_earlier_assessment where case_id in " + CASES,
            "delete from caf_child_assessment_element where assessment_id in " + CHILD_ASSESSMENTS,
            "delete from caf_child_assessment where case_id in " + CASES,
            "delete from caf_review_progress where review_id in " + REVIEWS,
            "delete from caf_review where case_id in " + CASES,
            "delete from caf_sign_off_outcome where sign_off_id in " + SIGN_OFFS,
            "delete from caf_sign_off where case_id in " + CASES,
            "delete from caf_consent_giver where version_id in " + CONSENTS,
            "delete from caf_consent_version_agency where version_id in " + CONSENTS,
            "delete from caf_consent_version where case_id in " + CASES,
            "delete from caf_action where case_id in " + CASES,
            "delete from caf_need where case_id in " + CASES,
            "delete from caf_assessment_element where case_id in " + CASES,
            "delete from caf_team_member where case_id in " + CASES,
            "delete from caf_referrer_call where case_id in " + CASES,
            "delete from caf_case_transfer where case_id in " + CASES,
            "delete from caf_case_child where case_id in " + CASES,
            "delete from caf_event where family_id = :f or case_id in " + CASES,
            "update caf_case set previous_case_id = null where previous_case_id in " + CASES + " and family_id <> :f",
            "delete from caf_case where family_id = :f",
            "delete from family_residence where family_id = :f",
            "delete from person where family_id = :f",
            "delete from family where id = :f",
            "delete from retention_due where record_type = 'EARLY_HELP' and record_id = :f");

    private static final String REPORT = ":r";

    /** An intelligence report, in order. {@code :r} is the report. */
    static final List<String> REPORT_STATEMENTS = List.of(
            "delete from access_grant where record_id = " + REPORT,
            "delete from intel_trigger_alert where raised_by_report = " + REPORT,
            "delete from intel_trigger_complaint where report_id = " + REPORT,
            "delete from intel_estate_link where report_id = " + REPORT,
            "delete from intel_reveal where report_id = " + REPORT,
            "delete from intel_dissemination where report_id = " + REPORT,
            "delete from intel_triage where report_id = " + REPORT,
            "delete from intel_report_addition where report_id = " + REPORT,
            "delete from intel_receipt where report_id = " + REPORT,
            "delete from intel_reporter where report_id = " + REPORT,
            "delete from intel_report where id = " + REPORT,
            "delete from retention_due where record_type = 'INTELLIGENCE' and record_id = " + REPORT);

    /** A subject access request and its compiled export, in order. {@code :s} is the request. */
    static final List<String> REQUEST_STATEMENTS = List.of(
            "delete from subject_access_event where request_id = :s",
            "delete from subject_access_item_review where request_id = :s",
            "delete from subject_access_request where id = :s",
            "delete from retention_due where record_type = 'SUBJECT_ACCESS' and record_id = :s");

    @Inject
    EntityManager em;

    /** The case ids of a family: what its documents hang on. */
    @SuppressWarnings("unchecked")
    public List<UUID> casesOf(UUID familyId) {
        return em.createNativeQuery("select id from caf_case where family_id = :f").setParameter("f", familyId).getResultList();
    }

    /** Removes a family's early help records; answers the rows removed or changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int family(UUID familyId) {
        Number mergedElsewhere = (Number) em.createNativeQuery("select count(*) from person where merged_into in " + PEOPLE
                + " and family_id <> :f").setParameter("f", familyId).getSingleResult();
        if (mergedElsewhere.longValue() > 0) {
            throw new Conflict("Someone recorded in another family was merged into a person in this family. That family's"
                    + " record must be reviewed first.");
        }
        return run(FAMILY, "f", familyId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int report(UUID reportId) {
        Number reviewed = (Number) em.createNativeQuery("select count(*) from intel_case_review where applicant_report_id = :r"
                + " or id in (select review_id from intel_case_review_report where report_id = :r)").setParameter("r", reportId)
                .getSingleResult();
        if (reviewed.longValue() > 0) {
            throw new Conflict("This report is part of an anti-social behaviour case review, which is kept with the review."
                    + " It cannot be disposed of on its own.");
        }
        return run(REPORT_STATEMENTS, "r", reportId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int request(UUID requestId) {
        return run(REQUEST_STATEMENTS, "s", requestId);
    }

    private int run(List<String> statements, String name, UUID id) {
        int rows = 0;
        for (String sql : statements) {
            rows += em.createNativeQuery(sql).setParameter(name, id).executeUpdate();
        }
        return rows;
    }
}
