package org.placeworks.document.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.placeworks.document.Documents;
import org.placeworks.family.FamilySection;
import org.placeworks.family.FamilySectionSource;
import org.placeworks.family.FamilyView;

/** The family page's own documents (a case's are on the case page), each a link to download it; adding one for those who may change the family. */
@ApplicationScoped
public class DocumentFamilySection implements FamilySectionSource {

    @Inject
    Documents documents;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<FamilySection> sectionFor(FamilyView family) {
        List<FamilySection.Row> rows = documents.forFamilyPage(family.id()).stream()
                .map(d -> new FamilySection.Row(d.title(), "/documents/" + d.id() + "/download", DocumentRows.describe(d))).toList();
        List<FamilySection.Link> links = documents.canAddToFamily(family.id())
                ? List.of(new FamilySection.Link("Add a document", "/families/" + family.id() + "/documents/new"))
                : List.of();
        return Optional.of(new FamilySection("documents", "Documents", rows, "No documents added yet.", links));
    }
}
