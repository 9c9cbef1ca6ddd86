package org.placeworks.subjectaccess.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.placeworks.subjectaccess.RequestStatus;

/** Requests, their item reviews and their history. */
@ApplicationScoped
public class SubjectAccessStore implements PanacheRepositoryBase<SubjectAccessRequest, UUID> {

    @Inject
    jakarta.persistence.EntityManager em;

    /** Open requests first, soonest due first; then released ones, newest first. */
    public List<SubjectAccessRequest> openFirst() {
        List<SubjectAccessRequest> open = list("status <> ?1 order by coalesce(extendedTo, dueOn), receivedOn", RequestStatus.RELEASED);
        List<SubjectAccessRequest> all = new java.util.ArrayList<>(open);
        all.addAll(list("status", Sort.by("releasedAt").descending(), RequestStatus.RELEASED));
        return all;
    }

    public List<ItemReview> reviewsOf(UUID requestId) {
        return em.createQuery("select r from ItemReview r where r.key.requestId = :id order by r.decidedAt", ItemReview.class)
                .setParameter("id", requestId).getResultList();
    }

    /** Records the officer's decision on an item, replacing any earlier one. */
    public void decide(UUID requestId, String itemKey, org.placeworks.subjectaccess.ItemDecision decision, String reason, String by,
            java.time.Instant at) {
        ItemReview found = em.find(ItemReview.class, new ItemReview.Key(requestId, itemKey));
        if (found == null) {
            found = new ItemReview(requestId, itemKey);
            found.decide(decision, reason, by, at);
            em.persist(found);
        } else {
            found.decide(decision, reason, by, at);
        }
    }

    public void happened(RequestEvent event) {
        em.persist(event);
    }

    public List<RequestEvent> historyOf(UUID requestId) {
        return em.createQuery("select e from RequestEvent e where e.requestId = :id order by e.at, e.id", RequestEvent.class)
                .setParameter("id", requestId).getResultList();
    }
}
