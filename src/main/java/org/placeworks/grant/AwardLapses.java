package org.placeworks.grant;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.grant.internal.Fund;
import org.placeworks.grant.internal.FundLedger;
import org.placeworks.grant.internal.FundRepository;
import org.placeworks.grant.internal.GrantAwards;
import org.placeworks.grant.internal.GrantRequest;
import org.placeworks.grant.internal.GrantRequestRepository;
import org.placeworks.shared.Money;
import org.placeworks.shared.Today;

/**
 * Once a day, approved awards left unpaid for longer than the lapse period lapse, and their commitments
 * go back to their funds. The job fires on every instance; the one that claims the day's row in
 * {@code grant_job_run} does the work and the others (and any second run that day) skip.
 */
@ApplicationScoped
public class AwardLapses {

    static final String JOB = "award-lapses";
    private static final Logger LOG = Logger.getLogger(AwardLapses.class);
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.UK);

    @Inject
    EntityManager em;

    @Inject
    GrantRequestRepository requests;

    @Inject
    FundRepository funds;

    @Inject
    FundLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Today today;

    @Inject
    GrantSettings settings;

    @Scheduled(identity = "grant-award-lapses", cron = "{placeworks.grant.lapse-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        lapseDue();
    }

    /** Awards lapsed today, or -1 when today's run was already claimed (by another instance, or earlier). */
    @Transactional
    @jakarta.enterprise.context.control.ActivateRequestContext
    public int lapseDue() {
        LocalDate day = today.date();
        int claimed = em.createNativeQuery("insert into grant_job_run (job, run_on, claimed_at) values (?1, ?2, now())"
                + " on conflict do nothing").setParameter(1, JOB).setParameter(2, day).executeUpdate();
        if (claimed == 0) {
            LOG.infof("Award lapses for %s already run: skipped", day);
            return -1;
        }
        List<GrantRequest> due = requests.unpaidDecidedBefore(day.minusDays(settings.lapseDays()));
        int lapsed = 0;
        for (GrantRequest r : due) {
            Fund fund = funds.lockedForAward(r.fundId()).orElseThrow();
            // Read again under the fund's lock: a payment recorded meanwhile wins, and the award is left alone.
            em.refresh(r);
            if (r.status() != RequestStatus.APPROVED) {
                continue;
            }
            long released = r.committedPence();
            GrantAwards.lapse(fund, r, day);
            String why = "Lapsed: approved on " + DAY.format(r.decidedOn()) + " and unpaid after " + settings.lapseDays() + " days; "
                    + Money.format(released) + " went back to the fund";
            ledger.releaseBySystem(fund, r, released, why + " (" + r.item() + ")");
            audit.record(AuditAction.UPDATE, "grant-request", r.id(), why + " " + fund.name() + " " + fund.year().label());
            lapsed++;
        }
        if (lapsed > 0) {
            LOG.infof("%d unpaid grant awards lapsed", lapsed);
        }
        return lapsed;
    }
}
