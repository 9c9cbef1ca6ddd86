package org.placeworks.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.estate.internal.EstateGate;
import org.placeworks.estate.internal.EstateIssue;
import org.placeworks.estate.internal.EstateIssueEvent;
import org.placeworks.estate.internal.EstateIssuePhoto;
import org.placeworks.estate.internal.EstateIssueRepository;
import org.placeworks.estate.internal.EstatePhotoRepository;
import org.placeworks.estate.internal.EstateRule.Sight;
import org.placeworks.estate.internal.PhotoType;
import org.placeworks.estate.internal.ReporterNotice;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.DomainException;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Text;
import org.placeworks.shared.Today;

/**
 * Estate officers' and managers' work on issues: the worklist, an issue's page, status changes (one
 * issue or several at once), notes and photos. Every read and change asks {@link EstateGate}.
 */
@ApplicationScoped
public class EstateIssueWork {

    @Inject
    EstateIssueRepository issues;

    @Inject
    EstatePhotoRepository photos;

    @Inject
    EstateIssues reporting;

    @Inject
    EstateGate gate;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    ReporterNotice notice;

    @Inject
    Today today;

    // --- Reading ----------------------------------------------------------------------

    /** The open issues the reader sees (or those in one status), by target date, overdue first. */
    @Transactional
    public IssuePage worklist(IssueFilter filter) {
        int size = Math.max(1, Math.min(filter.size(), 200));
        IssueFilter f = new IssueFilter(filter.category(), filter.estateId(), filter.neighbourhoodId(), filter.status(),
                filter.everyStatus(), filter.afterDate(), filter.afterId(), size);
        List<EstateIssue> found = issues.worklist(gate.scope(), f);
        boolean more = found.size() > size;
        List<EstateIssue> page = more ? found.subList(0, size) : found;
        List<EstateIssueView> views = views(page);
        if (!views.isEmpty()) {
            audit.record(AuditAction.VIEW, EstateIssues.KIND, "worklist", "Worklist of " + views.size() + " issues");
        }
        EstateIssue last = more ? page.get(page.size() - 1) : null;
        return new IssuePage(views, last == null ? null : last.targetDate(), last == null ? null : last.id());
    }

    /** How many open issues the reader sees, and how many are overdue: for their home page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long[] openAndOverdue() {
        if (!gate.works()) {
            return new long[] {0, 0};
        }
        return issues.openCounts(gate.scope(), today.date());
    }

    /** An issue's page, if the reader may see it (404 otherwise); the read is audited. */
    @Transactional
    public IssueDetail show(UUID id) {
        EstateIssue issue = find(id);
        Sight sight = gate.requireReadable("issue", id, issue.owningServiceId(), place(issue));
        audit.record(AuditAction.VIEW, EstateIssues.KIND, id, "Issue " + issue.reference() + " viewed");
        List<IssueEventView> history = issues.history(id).stream().map(EstateIssueWork::eventView).toList();
        List<PhotoView> shown = photos.of(id).stream().map(p -> new PhotoView(p.id(), p.fileName(), p.contentType(), p.sizeBytes(),
                p.uploadedAt(), p.uploadedBy())).toList();
        List<IssueTransition> steps = sight.changes()
                ? java.util.Arrays.stream(IssueTransition.values()).filter(t -> t.allowedFrom(issue.status())).toList() : List.of();
        return new IssueDetail(views(List.of(issue)).get(0), history, shown, sight.changes(), steps);
    }

    /** A photo of an issue the reader may see. */
    @Transactional
    public PhotoContent photo(UUID issueId, UUID photoId) {
        EstateIssue issue = find(issueId);
        gate.requireReadable("issue", issueId, issue.owningServiceId(), place(issue));
        EstateIssuePhoto photo = photos.findByIdOptional(photoId).filter(p -> p.issueId().equals(issueId))
                .orElseThrow(() -> new NotFound("photo", photoId));
        audit.record(AuditAction.VIEW, EstateIssues.KIND, issueId, "Photo " + photo.fileName() + " of issue " + issue.reference() + " viewed");
        return new PhotoContent(photo.fileName(), photo.contentType(), photo.content());
    }

    // --- Reporting --------------------------------------------------------------------

    /** A place staff choose for a described location: a neighbourhood of an estate in their ground. */
    public record EstatePlace(UUID neighbourhoodId, UUID estateId, String label) {
    }

    /** The neighbourhoods of estates within the reader's Estate Services ground, for a described place. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EstatePlace> myEstatePlaces() {
        Map<UUID, String> names = places.areasOfKind(AreaKind.NEIGHBOURHOOD).stream().collect(Collectors.toMap(AreaView::id, AreaView::name));
        List<EstatePlace> found = new ArrayList<>();
        for (AreaView estate : places.areasOfKind(AreaKind.ESTATE)) {
            for (UUID n : places.estateNeighbourhoods(estate.id())) {
                if (names.containsKey(n) && gate.myGroundHolds(EstateGate.place(n, estate.id()))) {
                    found.add(new EstatePlace(n, estate.id(), estate.name() + ": " + names.get(n)));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(EstatePlace::label));
        return found;
    }

    /** Addresses on an estate within the reader's Estate Services ground that match a postcode or street. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AddressView> findAddresses(String text) {
        if (text == null || text.isBlank() || text.length() > Text.SEARCH) {
            return List.of();
        }
        return places.searchAddresses(text.strip(), 200).stream()
                .filter(a -> a.estateId() != null && gate.myGroundHolds(a)).limit(50).toList();
    }

    /** Whether the reader may open the issue's page (after reporting one another service owns, they may not). */
    public boolean mayRead(EstateIssueView issue) {
        return gate.readable(issue.owningServiceId(), EstateGate.place(issue.neighbourhoodId(), issue.estateId()));
    }

    /** Refuses (404, or 403 for one they may only read) before a change's body is read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkMayChange(UUID id) {
        changeable(id);
    }

    /** Reports an issue with its photos, all or nothing: a photo that is not an accepted image refuses the whole report. */
    @Transactional
    public EstateIssueView report(NewEstateIssue issue, List<NewPhoto> withPhotos) {
        List<String> types = checkedTypes(withPhotos, "photo");
        EstateIssueView view = reporting.report(issue);
        for (int i = 0; i < withPhotos.size(); i++) {
            save(view.id(), withPhotos.get(i), types.get(i));
        }
        return view;
    }

    /** Adds a photo to an issue the reader may change. */
    @Transactional
    public PhotoView addPhoto(UUID issueId, NewPhoto photo) {
        EstateIssue issue = changeable(issueId);
        String type = checkedTypes(List.of(photo), "photo").get(0);
        EstateIssuePhoto saved = save(issueId, photo, type);
        issue.touched(today.instant());
        return new PhotoView(saved.id(), saved.fileName(), saved.contentType(), saved.sizeBytes(), saved.uploadedAt(), saved.uploadedBy());
    }

    // --- Changing ---------------------------------------------------------------------

    /** One status change of one issue the reader may change (404 if they may not see it, 403 if they may only read it). */
    @Transactional
    public EstateIssueView change(UUID id, IssueChange change) {
        checkWords(change);
        EstateIssue issue = changeable(id);
        StaleEdit.check("issue", change.version(), issue.version());
        apply(issue, change);
        issues.flush();
        return views(List.of(issue)).get(0);
    }

    /**
     * The same status change of several issues, all or nothing: each issue's version is checked, and the first
     * that refuses (changed since, or not in a state for this step) is named and nothing is changed.
     */
    @Transactional
    public List<EstateIssueView> changeMany(List<BulkItem> items, IssueChange change) {
        if (items == null || items.isEmpty()) {
            throw new InvalidInput("issues", "Select the issues to update");
        }
        checkWords(change);
        if (change.transition() == null) {
            throw new InvalidInput("transition", "Select what to do with the issues");
        }
        List<EstateIssue> changed = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (BulkItem item : items) {
            if (item.issueId() == null || !seen.add(item.issueId())) {
                continue;
            }
            EstateIssue issue = changeable(item.issueId());
            try {
                StaleEdit.check("issue", item.version(), issue.version());
                apply(issue, new IssueChange(change.transition(), change.closeReason(), change.reason(), change.note(),
                        change.publicNote(), item.version()));
            } catch (StaleEdit e) {
                throw new Conflict("Issue " + issue.reference() + " was changed by someone else after you opened the list. "
                        + "Nothing was updated: reload the list and try again.");
            } catch (InvalidInput e) {
                throw e;
            } catch (DomainException e) {
                throw new Conflict(e.getMessage() + " Nothing was updated.");
            }
            changed.add(issue);
        }
        issues.flush();
        return views(changed);
    }

    // --- Rules ------------------------------------------------------------------------

    private void apply(EstateIssue issue, IssueChange change) {
        Instant now = today.instant();
        IssueStatus was = issue.take(change.transition(), change.closeReason(), change.reason(), now);
        String reason = change.transition() == IssueTransition.CLOSE
                ? issue.closeReason().label() + (change.reason() == null ? "" : ": " + change.reason().strip())
                : change.reason() == null ? null : change.reason().strip();
        issues.persistEvent(new EstateIssueEvent(issue.id(), now, current.username(), EstateIssueEvent.Kind.STATUS, was,
                issue.status(), reason, EstateIssues.blankToNull(change.note()), EstateIssues.blankToNull(change.publicNote())));
        audit.record(AuditAction.UPDATE, EstateIssues.KIND, issue.id(), "Issue " + issue.reference() + ": " + was.label()
                + " to " + issue.status().label());
        notice.statusChanged(issue, EstateIssues.blankToNull(change.publicNote()));
    }

    private static void checkWords(IssueChange change) {
        if (change == null) {
            throw new InvalidInput("transition", "Select what to do with the issue");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Text.problem("Reason", change.reason(), Text.LONG).ifPresent(p -> problems.put("reason", p));
        Text.problem("Note", change.note(), Text.LONG).ifPresent(p -> problems.put("note", p));
        Text.problem("Note for the public", change.publicNote(), Text.LONG).ifPresent(p -> problems.put("publicNote", p));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private List<String> checkedTypes(List<NewPhoto> list, String field) {
        List<String> types = new ArrayList<>();
        for (NewPhoto photo : list) {
            if (photo == null || photo.content() == null || photo.content().length == 0) {
                throw new InvalidInput(field, "Choose a photo to upload");
            }
            if (photo.content().length > PhotoType.MAX_BYTES) {
                throw new InvalidInput(field, "The photo must be smaller than 10 MB");
            }
            types.add(PhotoType.of(photo.content()).orElseThrow(() -> new InvalidInput(field,
                    "The photo must be a JPEG, PNG, WebP or HEIC image")));
            Text.problem("The photo's file name", photo.fileName(), Text.SHORT).ifPresent(p -> {
                throw new InvalidInput(field, p);
            });
        }
        return types;
    }

    private EstateIssuePhoto save(UUID issueId, NewPhoto photo, String type) {
        String name = photo.fileName() == null || photo.fileName().isBlank() ? "photo" : photo.fileName().strip();
        EstateIssuePhoto saved = new EstateIssuePhoto(issueId, name, type, photo.content(), today.instant(), current.username());
        photos.persist(saved);
        audit.record(AuditAction.CREATE, EstateIssues.KIND, issueId, "Photo " + name + " added");
        return saved;
    }

    private EstateIssue find(UUID id) {
        return issues.findByIdOptional(id).orElseThrow(() -> new NotFound("issue", id));
    }

    private EstateIssue changeable(UUID id) {
        EstateIssue issue = find(id);
        gate.requireChangeable("issue", id, issue.owningServiceId(), place(issue), serviceName(issue.owningServiceId()));
        return issue;
    }

    private String serviceName(UUID id) {
        return services.findService(id).map(ServiceView::name).orElse(null);
    }

    private static AddressView place(EstateIssue issue) {
        return EstateGate.place(issue.neighbourhoodId(), issue.estateId());
    }

    private static IssueEventView eventView(EstateIssueEvent e) {
        String what = switch (e.kind()) {
            case REPORTED -> "Reported";
            case ROUTED -> "Routed";
            case STATUS -> e.fromStatus().label() + " to " + e.toStatus().label().toLowerCase();
            case NOTE -> "Note";
        };
        return new IssueEventView(e.at(), e.by(), what, e.reason(), e.note(), e.publicNote());
    }

    /** Views of many issues with their addresses, areas and services read once each. */
    private List<EstateIssueView> views(List<EstateIssue> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<UUID, AddressView> addresses = places.addressesByIds(list.stream().map(EstateIssue::addressId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, String> areaNames = places.areas().stream().filter(a -> a.kind() == AreaKind.NEIGHBOURHOOD || a.kind() == AreaKind.ESTATE)
                .collect(Collectors.toMap(AreaView::id, AreaView::name));
        Map<UUID, String> serviceNames = services.services().stream().collect(Collectors.toMap(ServiceView::id, ServiceView::name));
        return list.stream().map(i -> {
            AddressView place = i.addressId() != null && addresses.containsKey(i.addressId()) ? addresses.get(i.addressId())
                    : new AddressView(null, 0, i.placeDescription() == null ? i.publicPlace() : i.placeDescription(), null, "", "",
                            i.neighbourhoodId(), areaNames.get(i.neighbourhoodId()), i.estateId(), areaNames.get(i.estateId()), 0);
            return reporting.view(i, place, serviceNames.get(i.owningServiceId()));
        }).toList();
    }
}
