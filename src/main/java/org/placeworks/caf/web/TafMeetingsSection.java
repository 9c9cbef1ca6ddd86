package org.placeworks.caf.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.TafMeetingView;
import org.placeworks.caf.TafMeetings;
import org.placeworks.shared.web.Dates;

/** The case page's Team Around the Family meetings, latest first: who came, what was agreed, the actions agreed. */
@ApplicationScoped
public class TafMeetingsSection implements CaseSectionSource {

    @Inject
    TafMeetings meetings;

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        List<CaseSection.Row> rows = meetings.forCasePage(kase).stream()
                .map(m -> new CaseSection.Row(Dates.date(m.heldOn()), null, summary(m))).toList();
        List<CaseSection.Link> links = kase.canEdit() && kase.open() && kase.consent() != null
                ? List.of(new CaseSection.Link("Record a Team Around the Family meeting", "/cases/" + kase.id() + "/taf-meetings/new"))
                : List.of();
        return Optional.of(new CaseSection("taf-meetings", "Team Around the Family meetings", rows,
                "No Team Around the Family meetings recorded yet.", links));
    }

    private static String summary(TafMeetingView m) {
        String attended = Stream.concat(m.staff().stream().map(CaseView.StaffRef::name),
                m.familyMembers().stream().map(TafMeetingView.Attendee::name)).collect(Collectors.joining(", "));
        String actions = m.actions().isEmpty() ? "" : " Actions agreed: " + m.actions().stream()
                .map(a -> a.description() + " (" + a.owner() + ", by " + Dates.date(a.dueOn()) + ")").collect(Collectors.joining("; ")) + ".";
        return "Attended: " + attended + ". Agreed: " + m.agreed() + actions + " Recorded by " + m.recordedBy() + ".";
    }
}
