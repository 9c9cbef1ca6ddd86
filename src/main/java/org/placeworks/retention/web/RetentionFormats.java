package org.placeworks.retention.web;

import io.quarkus.qute.TemplateExtension;
import org.placeworks.retention.DueRecord;

/** The disposal page of a record on the list, for the templates. */
@TemplateExtension
public final class RetentionFormats {

    private RetentionFormats() {
    }

    static String disposalPath(DueRecord record) {
        return "/retention/" + RetentionPages.segment(record.type()) + "/" + record.id();
    }
}
