package org.placeworks.caf;

import java.util.List;
import java.util.UUID;
import org.placeworks.family.TimelineEntry;

/**
 * Lets higher features put their events on a case's timeline without {@code caf} knowing them (the panel:
 * each time the case was listed and what was decided). Implement it as an {@code @ApplicationScoped} bean;
 * the case's timeline collects every bean's entries and shows them with its own, newest first.
 */
public interface CaseTimelineSource {

    /**
     * The entries for this case as this reader may see them. The case timeline has already checked that the
     * reader may see the case; {@code worksOnCase} says whether they may also change it (the case's own
     * workers and lead professional). Apply any further rule of your own (for the panel, the family's
     * consent to share with the reader's agency), read only what the entries need, and audit nothing more.
     */
    List<TimelineEntry> entriesFor(UUID caseId, boolean worksOnCase);
}
