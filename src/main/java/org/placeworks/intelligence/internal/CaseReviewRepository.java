package org.placeworks.intelligence.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseReviewRepository implements PanacheRepositoryBase<CaseReview, UUID> {

    /** The applications on the reader's ground, oldest first. */
    public List<CaseReview> onGround(TriggerScope scope) {
        return find("(?1 = true or (placed.outsideArea = true and ?2 = true) or in_array(placed.neighbourhoodId, ?3)"
                + " or in_array(placed.estateId, ?4)) order by receivedOn, reference", scope.everywhere(), scope.officer(),
                scope.neighbourhoods().toArray(UUID[]::new), scope.estates().toArray(UUID[]::new)).list();
    }

    public String nextReference(int year) {
        Number n = (Number) getEntityManager().createNativeQuery("select nextval('intel_case_review_number')").getSingleResult();
        return String.format("ACR-%d-%04d", year, n.longValue());
    }

    public long received(LocalDate from, LocalDate to) {
        return count("receivedOn >= ?1 and receivedOn <= ?2", from, to);
    }

    /** Applications received in the period found not to meet the threshold. */
    public long thresholdNotMet(LocalDate from, LocalDate to) {
        return count("receivedOn >= ?1 and receivedOn <= ?2 and thresholdMet = false", from, to);
    }

    public long reviewsHeld(LocalDate from, LocalDate to) {
        return count("meetingOn >= ?1 and meetingOn <= ?2", from, to);
    }

    public long reviewsWithRecommendations(LocalDate from, LocalDate to) {
        return count("meetingOn >= ?1 and meetingOn <= ?2 and recommendationCount > 0", from, to);
    }
}
