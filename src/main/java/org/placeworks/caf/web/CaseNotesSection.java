package org.placeworks.caf.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.placeworks.caf.CaseNotes;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.NoteView;
import org.placeworks.shared.web.Dates;

/** The case page's contacts and case notes, latest first, each linking to the note with its addenda. */
@ApplicationScoped
public class CaseNotesSection implements CaseSectionSource {

    /** The longest part of a note shown on the case page; the note's own page shows all of it. */
    private static final int PREVIEW = 300;

    @Inject
    CaseNotes notes;

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        List<CaseSection.Row> rows = notes.forCasePage(kase).stream().map(n -> new CaseSection.Row(
                Dates.date(n.happenedOn()) + " " + n.timeOfDay() + ", " + n.type().label(),
                "/cases/" + kase.id() + "/notes/" + n.id(), summary(n))).toList();
        List<CaseSection.Link> links = kase.canEdit() || kase.teamMember()
                ? List.of(new CaseSection.Link("Record a contact or case note", "/cases/" + kase.id() + "/notes/new"))
                : List.of();
        return Optional.of(new CaseSection("notes", "Contacts and case notes", rows, "No contacts or notes recorded yet.", links));
    }

    private static String summary(NoteView n) {
        String text = n.text().length() > PREVIEW ? n.text().substring(0, PREVIEW) + "…" : n.text();
        String addenda = n.addenda().isEmpty() ? "" : " (" + n.addenda().size() + (n.addenda().size() == 1 ? " addendum)" : " addenda)");
        return n.author() + ": " + text + addenda;
    }
}
