package org.placeworks.document.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseView;
import org.placeworks.document.Documents;

/** The case page's documents, newest first, each a link to download it; adding one for those who may record contacts. */
@ApplicationScoped
public class DocumentCaseSection implements CaseSectionSource {

    @Inject
    Documents documents;

    @Override
    public int order() {
        return 7;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        List<CaseSection.Row> rows = documents.forCasePage(kase.id()).stream()
                .map(d -> new CaseSection.Row(d.title(), "/documents/" + d.id() + "/download", DocumentRows.describe(d))).toList();
        List<CaseSection.Link> links = kase.canEdit() || kase.teamMember()
                ? List.of(new CaseSection.Link("Add a document", "/cases/" + kase.id() + "/documents/new"))
                : List.of();
        return Optional.of(new CaseSection("documents", "Documents", rows, "No documents added yet.", links));
    }
}
