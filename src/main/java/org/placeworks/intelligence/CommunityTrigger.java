package org.placeworks.intelligence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Places;
import org.placeworks.intelligence.internal.CaseReviewGate;
import org.placeworks.intelligence.internal.CountedComplaint;
import org.placeworks.intelligence.internal.CountedComplaintRepository;
import org.placeworks.intelligence.internal.CountedComplaintRepository.SubjectCount;
import org.placeworks.intelligence.internal.TriggerAlert;
import org.placeworks.intelligence.internal.TriggerAlertRepository;
import org.placeworks.intelligence.internal.TriggerNotice;
import org.placeworks.intelligence.internal.TriggerPlace;
import org.placeworks.intelligence.internal.TriggerScope;
import org.placeworks.shared.Today;

/**
 * The ASB Case Review ("Community Trigger") counter. Each report is counted when it is saved: it
 * qualifies when its category is one of the configured anti-social behaviour ones and it was made within
 * the set time (a month) of the incident. Qualifying complaints are counted per location (the same
 * address; or, with no address, the same estate or neighbourhood; a place only described is not counted
 * by location) and per victim (the same email, or with no email the same phone, matched by keyed hash,
 * when the reporter said it happened to them), over the rolling window (6 months up to and including the
 * day the latest was made). When a complaint brings a location or victim to the threshold (3), the
 * intelligence officers and managers of the Community Intelligence services covering it are emailed, once
 * per crossing: later complaints while it stays at or over the threshold raise nothing new.
 */
@ApplicationScoped
public class CommunityTrigger {

    @Inject
    CountedComplaintRepository complaints;

    @Inject
    TriggerAlertRepository alerts;

    @Inject
    CommunityTriggerSettings settings;

    @Inject
    CaseReviewGate gate;

    @Inject
    Places places;

    @Inject
    Event<TriggerNotice.Due> notices;

    @Inject
    Today today;

    /** Whether a complaint qualifies: an anti-social behaviour category, made within the set time of the incident. */
    public boolean qualifies(ReportCategory category, LocalDate occurredOn, LocalDate receivedOn) {
        return settings.triggerCategories().contains(category)
                && !receivedOn.isAfter(occurredOn.plusMonths(settings.triggerReportWithinMonths()));
    }

    /** The first day after the window that ends on {@code day}: complaints made after it count. */
    public LocalDate windowOpensAfter(LocalDate day) {
        return day.minusMonths(settings.triggerWindowMonths());
    }

    /** Counts a report as it is saved (in its transaction) and raises an alert for each subject it brings to the threshold. */
    @Transactional
    void count(@jakarta.enterprise.event.Observes TriggerReport report) {
        if (complaints.countedAs(report.reportId()).isPresent()) {
            return;
        }
        LocalDate received = report.receivedAt().atZone(org.placeworks.shared.Today.LONDON).toLocalDate();
        boolean qualifying = qualifies(report.category(), report.occurredOn(), received);
        TriggerPlace place = place(report);
        String victimKey = !report.victim() ? null
                : report.emailMatch() != null ? "victim:e:" + report.emailMatch()
                : report.phoneMatch() != null ? "victim:p:" + report.phoneMatch() : null;
        CountedComplaint complaint = new CountedComplaint(report.reportId(), report.reference(), report.category().name(),
                report.occurredOn(), received, qualifying, place, victimKey);
        if (!qualifying) {
            complaints.persist(complaint);
            return;
        }
        // Between complaints a count only falls (old ones leave the window), so a subject crosses the
        // threshold exactly when it was under it just before this complaint and is at it with it.
        List<String> crossed = new ArrayList<>();
        for (String key : new String[] {place.key(), victimKey}) {
            if (key != null && complaints.countQualifying(key, windowOpensAfter(received), received) + 1 == settings.triggerThreshold()) {
                crossed.add(key);
            }
        }
        complaints.persist(complaint);
        if (crossed.isEmpty()) {
            return;
        }
        for (String key : crossed) {
            alerts.persist(new TriggerAlert(key, received, settings.triggerThreshold(), report.reportId()));
            notices.fire(new TriggerNotice.Due(report.reference(), key.startsWith("victim:"), place));
        }
    }

    /** Locations and victims one short of the threshold or at it, on the reader's ground, most complaints first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TriggerSubjectView> nearOrAtThreshold() {
        TriggerScope scope = gate.scope();
        if (scope.seesNothing()) {
            return List.of();
        }
        LocalDate day = today.date();
        List<SubjectCount> found = complaints.subjects(windowOpensAfter(day), day, Math.max(1, settings.triggerThreshold() - 1), scope);
        Map<String, TriggerAlert> alerted = alerts.latestFor(found.stream().map(SubjectCount::subjectKey).toList());
        List<TriggerSubjectView> views = new ArrayList<>();
        for (SubjectCount s : found) {
            List<CountedComplaint> list = complaints.qualifying(s.subjectKey(), windowOpensAfter(day), day);
            TriggerPlace latest = list.get(list.size() - 1).place();
            boolean officer = scope.officer();
            String where = officer ? latest.label() : latest.areaLabel();
            List<String> refs = officer ? list.stream().map(CountedComplaint::reference).toList() : List.of();
            LocalDate alertedOn = Optional.ofNullable(alerted.get(s.subjectKey())).map(TriggerAlert::reachedOn)
                    .filter(d -> !d.isBefore(s.first())).orElse(null);
            views.add(new TriggerSubjectView(s.subjectKey(), s.subjectKey().startsWith("victim:"), where, s.count(),
                    settings.triggerThreshold(), s.first(), s.last(), alertedOn, refs));
        }
        return views;
    }

    private TriggerPlace place(TriggerReport r) {
        if (r.addressId() != null) {
            AddressView a = places.address(r.addressId());
            return new TriggerPlace("address:" + a.id(), a.oneLine(), a.estateName() != null ? a.estateName() : a.neighbourhoodName(),
                    a.neighbourhoodId(), a.estateId(), r.outsideArea());
        }
        if (r.estateId() != null) {
            String name = places.area(r.estateId()).name();
            return new TriggerPlace("area:" + r.estateId(), name, name, r.neighbourhoodId(), r.estateId(), r.outsideArea());
        }
        if (r.neighbourhoodId() != null) {
            String name = places.area(r.neighbourhoodId()).name();
            return new TriggerPlace("area:" + r.neighbourhoodId(), name, name, r.neighbourhoodId(), null, r.outsideArea());
        }
        return new TriggerPlace(null, "A described place outside our area", "Outside our area", null, null, true);
    }
}
