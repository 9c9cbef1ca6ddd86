package org.placeworks.document.web;

import org.placeworks.document.DocumentView;
import org.placeworks.shared.web.Dates;

/** How a document is described in a list: what it is, its file, and who added it when. */
final class DocumentRows {

    private DocumentRows() {
    }

    static String describe(DocumentView d) {
        return d.kind().label() + ". " + d.typeName() + ", " + d.sizeText() + ". Added " + Dates.time(d.uploadedAt()) + " by "
                + d.uploadedBy() + ".";
    }
}
