package org.placeworks.caf;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.caf.internal.ReminderRepository;
import org.placeworks.caf.internal.ReminderRepository.Item;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.StaffName;
import org.placeworks.organisation.StaffView;
import org.placeworks.shared.Forbidden;
import org.placeworks.shared.Today;

/**
 * The daily reminder email: each worker is told what of theirs is overdue and what falls due in the
 * next working days (assessments, reviews, plan actions they own, calls to referrers, and what higher
 * features add through {@link ReminderSource}). It runs once a
 * day across every instance: the first to claim the day's row sends, the rest skip. The emails name
 * case references only (email is not a secure channel) and go out after the claim commits. A worker
 * may turn their reminders off, and on again.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /** The day's emails, waiting for the claim to commit. */
    public record Batch(List<Mail> mails) {
    }

    @Inject
    ReminderRepository reminders;

    @Inject
    StaffDirectory staff;

    @Inject
    CafSettings settings;

    @Inject
    Today today;

    @Inject
    AuditTrail audit;

    @Inject
    Event<Batch> batch;

    @Inject
    Mailer mailer;

    @Inject
    @io.quarkus.arc.All
    List<ReminderSource> sources;

    @Scheduled(identity = "caf-daily-reminders", cron = "{placeworks.caf.reminder-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDaily();
    }

    /** Emails sent today, or -1 when today's reminders were already sent (by this instance or another). */
    @Inject
    org.placeworks.shared.BankHolidays bankHolidays;

    @Transactional
    public int sendDaily() {
        LocalDate day = today.date();
        if (!reminders.claim(day, today.instant())) {
            LOG.infof("Reminders for %s already sent: skipped", day);
            return -1;
        }
        LocalDate horizon = new WorkingDays(bankHolidays).after(day, settings.reminderWorkingDays());
        List<Item> items = new ArrayList<>(reminders.dueBy(horizon));
        sources.forEach(source -> source.dueBy(horizon).forEach(i -> items.add(new Item(i.staffId(), null, i.reference(),
                i.what(), i.dueOn()))));
        Map<String, UUID> byUsername = new LinkedHashMap<>();
        List<StaffName> active = staff.activeNames();
        active.forEach(s -> byUsername.put(s.username(), s.id()));
        Set<UUID> activeIds = active.stream().map(StaffName::id).collect(Collectors.toSet());
        Map<UUID, List<Item>> perWorker = new LinkedHashMap<>();
        for (Item item : items) {
            UUID who = item.staffId() != null ? item.staffId() : byUsername.get(item.username());
            if (who != null && activeIds.contains(who)) {
                perWorker.computeIfAbsent(who, k -> new ArrayList<>()).add(item);
            }
        }
        perWorker.keySet().removeAll(reminders.optedOut());
        Map<UUID, String> emails = staff.workEmails(perWorker.keySet());
        List<Mail> mails = new ArrayList<>();
        perWorker.forEach((who, theirs) -> {
            String to = emails.get(who);
            if (to != null && !to.isBlank()) {
                mails.add(Mail.withText(to, "Early help: what is due this week", body(theirs, day, horizon)));
            }
        });
        reminders.sent(day, mails.size());
        batch.fire(new Batch(mails));
        audit.record(AuditAction.VIEW, "caf-reminders", day.toString(), "Daily reminders: " + mails.size() + " emails");
        return mails.size();
    }

    private static String body(List<Item> items, LocalDate day, LocalDate horizon) {
        StringBuilder text = new StringBuilder("What you have to do on your early help cases.\n");
        List<Item> overdue = items.stream().filter(i -> i.dueOn() != null && i.dueOn().isBefore(day)).toList();
        List<Item> soon = items.stream().filter(i -> i.dueOn() == null || !i.dueOn().isBefore(day)).toList();
        if (!overdue.isEmpty()) {
            text.append("\nOverdue:\n");
            overdue.forEach(i -> text.append("- ").append(i.reference()).append(": ").append(i.what()).append(", due ")
                    .append(i.dueOn()).append('\n'));
        }
        if (!soon.isEmpty()) {
            text.append("\nDue by ").append(horizon).append(":\n");
            soon.forEach(i -> text.append("- ").append(i.reference()).append(": ").append(i.what())
                    .append(i.dueOn() == null ? "" : ", due " + i.dueOn()).append('\n'));
        }
        text.append("\nSign in to Placeworks to see the cases. You can turn these emails off on the Reminders page.\n");
        return text.toString();
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Batch sent) {
        for (Mail mail : sent.mails()) {
            try {
                mailer.send(mail);
            } catch (RuntimeException e) {
                // One failure does not stop the others; it is logged for the service desk.
                LOG.errorf(e, "Could not send a reminder to %s", mail.getTo());
            }
        }
    }

    // --- A worker's choice -------------------------------------------------------------------------------

    /** Whether the signed-in worker gets the daily reminders. */
    @Transactional
    public boolean mine() {
        return !reminders.optedOut(me().id());
    }

    @Transactional
    public String myEmail() {
        return me().email();
    }

    /** Turns the signed-in worker's daily reminders on or off. */
    @Transactional
    public void turn(boolean on) {
        StaffView me = me();
        if (on) {
            reminders.optIn(me.id());
        } else {
            reminders.optOut(me.id(), today.instant());
        }
        audit.record(AuditAction.UPDATE, "caf-reminders", me.id(), "Daily reminders turned " + (on ? "on" : "off"));
    }

    private StaffView me() {
        return staff.me().filter(StaffView::active)
                .orElseThrow(() -> new Forbidden("Only current staff with a Placeworks record get reminders."));
    }
}
