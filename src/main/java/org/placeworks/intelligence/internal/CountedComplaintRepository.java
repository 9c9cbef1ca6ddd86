package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.placeworks.organisation.RowScope;

/**
 * The complaints the Community Trigger counts. A subject is a location key or a victim key. The law counts a subject's
 * complaints wherever in the area they were made, so every read here looks past the database's wall (V47), which holds
 * any other query of these rows to the officers and managers on whose ground they lie; what a reader is then shown is
 * decided by {@code CaseReviewGate}.
 */
@ApplicationScoped
public class CountedComplaintRepository implements PanacheRepositoryBase<CountedComplaint, UUID> {

    /** A subject's count in the window, and the sums the list needs. */
    public record SubjectCount(String subjectKey, long count, LocalDate first, LocalDate last) {
    }

    /** Qualifying complaints about a subject made after {@code after} and on or before {@code upTo}, oldest first. */
    public List<CountedComplaint> qualifying(String subjectKey, LocalDate after, LocalDate upTo) {
        return RowScope.acrossBoundariesOfThisThread(() -> list("qualifying = true and (locationKey = ?1 or victimKey = ?1)"
                + " and receivedOn > ?2 and receivedOn <= ?3 order by receivedOn, reference", subjectKey, after, upTo));
    }

    /** Every qualifying complaint about a subject, oldest first. */
    public List<CountedComplaint> ofSubject(String subjectKey) {
        return RowScope.acrossBoundariesOfThisThread(() -> list("qualifying = true and (locationKey = ?1 or victimKey = ?1)"
                + " order by receivedOn, reference", subjectKey));
    }

    /** The complaint a report was counted as, if it was. */
    public java.util.Optional<CountedComplaint> countedAs(UUID reportId) {
        return RowScope.acrossBoundariesOfThisThread(() -> findByIdOptional(reportId));
    }

    /** The complaints these reports were counted as, oldest first. */
    public List<CountedComplaint> ofReports(Collection<UUID> reportIds) {
        return RowScope.acrossBoundariesOfThisThread(() -> list("in_array(reportId, :reports) order by receivedOn, reference",
                Parameters.with("reports", reportIds.toArray(UUID[]::new))));
    }

    public long countQualifying(String subjectKey, LocalDate after, LocalDate upTo) {
        return RowScope.acrossBoundariesOfThisThread(() -> count("qualifying = true and (locationKey = ?1 or victimKey = ?1) and receivedOn > ?2 and receivedOn <= ?3",
                subjectKey, after, upTo));
    }

    /**
     * Locations and victims with at least {@code atLeast} qualifying complaints in the window, at least one of
     * them on the reader's ground (the counts are always whole: a victim's complaints elsewhere still count).
     */
    public List<SubjectCount> subjects(LocalDate after, LocalDate upTo, long atLeast, TriggerScope scope) {
        return RowScope.acrossBoundariesOfThisThread(() -> subjectsEverywhere(after, upTo, atLeast, scope));
    }

    private List<SubjectCount> subjectsEverywhere(LocalDate after, LocalDate upTo, long atLeast, TriggerScope scope) {
        List<SubjectCount> found = new java.util.ArrayList<>();
        for (String key : List.of("locationKey", "victimKey")) {
            found.addAll(getEntityManager().createQuery("select new " + SubjectCount.class.getName() + "(c." + key
                    + ", count(c), min(c.receivedOn), max(c.receivedOn)) from CountedComplaint c "
                    + "where c.qualifying = true and c." + key + " is not null and c.receivedOn > :after and c.receivedOn <= :upTo "
                    + "group by c." + key + " having count(c) >= :atLeast and sum(case when (:everywhere = true "
                    + "or (c.placed.outsideArea = true and :officer = true) or in_array(c.placed.neighbourhoodId, :neighbourhoods) "
                    + "or in_array(c.placed.estateId, :estates)) then 1 else 0 end) > 0", SubjectCount.class)
                    .setParameter("after", after).setParameter("upTo", upTo).setParameter("atLeast", atLeast)
                    .setParameter("everywhere", scope.everywhere()).setParameter("officer", scope.officer())
                    .setParameter("neighbourhoods", scope.neighbourhoods().toArray(UUID[]::new))
                    .setParameter("estates", scope.estates().toArray(UUID[]::new)).getResultList());
        }
        found.sort(java.util.Comparator.comparingLong(SubjectCount::count).reversed()
                .thenComparing(SubjectCount::last, java.util.Comparator.reverseOrder()));
        return found;
    }
}
