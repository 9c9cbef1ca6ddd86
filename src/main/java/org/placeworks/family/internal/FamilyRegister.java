package org.placeworks.family.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditEntryView;
import org.placeworks.audit.AuditTrail;
import org.placeworks.family.DuplicateSuspected;
import org.placeworks.family.Families;
import org.placeworks.family.FamilyTimelineSource;
import org.placeworks.family.FamilyHeader;
import org.placeworks.family.FamilyView;
import org.placeworks.family.FamilyHolders;
import org.placeworks.family.FamilyMoved;
import org.placeworks.family.MoveCommand;
import org.placeworks.family.PlaceKind;
import org.placeworks.family.ResidenceView;
import org.placeworks.family.NewFamily;
import org.placeworks.family.NhsNumber;
import org.placeworks.family.PersonId;
import org.placeworks.family.PeopleMerged;
import org.placeworks.family.PersonCommand;
import org.placeworks.family.PersonMatch;
import org.placeworks.family.PersonSearch;
import org.placeworks.family.PersonView;
import org.placeworks.family.TimelineEntry;
import org.placeworks.geography.AddressView;
import org.placeworks.geography.Places;
import org.placeworks.geography.Postcode;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.Strand;
import org.placeworks.shared.Conflict;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.StaleEdit;
import org.placeworks.shared.Today;

/**
 * Families and people, every read and change checked by the access policy and audited. A family
 * outside the caller's boundary, and not shared with them, does not exist for them.
 */
@ApplicationScoped
public class FamilyRegister implements Families {

    public static final String FAMILY = "family";
    public static final String PERSON = "person";
    static final String SEARCH = "person-search";
    static final int SEARCH_LIMIT = 20;
    /** How many candidates the database returns before the access policy filters them. */
    static final int CANDIDATES = 200;
    /** Names this alike are a likely duplicate even without a date of birth to compare. */
    static final double CLOSE_NAME = 0.6;
    /** Who to ask when no service delivering early help covers the address of a match held elsewhere. */
    static final String NO_HOLDER = "the council's early help service";

    @Inject
    FamilyRepository families;

    @Inject
    PersonRepository people;

    @Inject
    Places places;

    @Inject
    AccessPolicy access;

    @Inject
    org.placeworks.organisation.RowScope rows;

    @Inject
    Services services;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    Event<PeopleMerged> merged;

    @Inject
    Event<FamilyMoved> moved;

    @Inject
    FamilyResidenceRepository residences;

    @Inject
    @Any
    Instance<FamilyHolders> holders;

    @Inject
    @Any
    Instance<FamilyTimelineSource> timelineSources;

    /** A family with its address, once the caller is known to be allowed to see it. */
    record Located(Family family, AddressView address, FamilyRule.Sight sight) {
    }

    @Override
    @Transactional
    public FamilyView register(NewFamily command) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty()) {
            problems.put("name", "Enter the family's name, like Walker family");
        } else if (name.length() > PersonRules.LONGEST_NAME) {
            problems.put("name", "Family name must be " + PersonRules.LONGEST_NAME + " characters or fewer");
        }
        PlaceKind kind = command.kind() == null ? PlaceKind.HOME : command.kind();
        Placed placed = place(kind, command.addressId(), command.description(), command.areaId(), problems);
        if (placed.place() != null && !access.covers(placed.place(), Strand.EARLY_INTERVENTION)) {
            problems.put(placed.field(), (placed.place().hasUprn() ? "This address" : "This neighbourhood")
                    + " is outside your service's boundary: the service that covers it registers families there");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AddressView place = placed.place();
        Family family = new Family(name, place.id(), clock.instant(), current.username());
        family.moveTo(kind, place.id(), place.hasUprn() ? null : place.line1(), place.neighbourhoodId());
        families.persist(family);
        residences.persist(new FamilyResidence(family.id(), kind, place.id(), place.hasUprn() ? null : place.line1(),
                place.neighbourhoodId(), today(), clock.instant(), current.username()));
        audit.record(AuditAction.CREATE, FAMILY, family.id(), "Registered the " + name
                + (kind == PlaceKind.HOME ? "" : " (" + kind.label().toLowerCase() + ")"));
        return view(new Located(family, place, FamilyRule.Sight.CHANGE));
    }

    @Override
    @Transactional
    public FamilyView family(UUID familyId) {
        Located located = visibleFamily(familyId);
        audit.record(AuditAction.VIEW, FAMILY, familyId, "Viewed the " + located.family().name());
        return view(located);
    }

    @Override
    @Transactional
    public FamilyHeader readable(UUID familyId) {
        return header(visibleFamily(familyId));
    }

    @Override
    @Transactional
    public FamilyHeader changeable(UUID familyId) {
        return header(editableFamily(familyId));
    }

    @Override
    @Transactional
    public boolean mayChange(UUID familyId) {
        return familyId != null && locate(familyId, new HashMap<>()).map(l -> l.sight() == FamilyRule.Sight.CHANGE).orElse(false);
    }

    private static FamilyHeader header(Located located) {
        return new FamilyHeader(located.family().id(), located.family().name(), located.address());
    }

    @Override
    @Transactional
    public PersonView person(UUID personId) {
        Person person = current(personId);
        visibleFamily(person.familyId());
        audit.record(AuditAction.VIEW, PERSON, person.id(), "Viewed " + person.fullName());
        return person.view();
    }

    @Override
    @Transactional
    public FamilyView familyToChange(UUID familyId) {
        Located located = editableFamily(familyId);
        audit.record(AuditAction.VIEW, FAMILY, familyId, "Opened the " + located.family().name() + " to change");
        return view(located);
    }

    @Override
    @Transactional
    public PersonView personToChange(UUID personId) {
        Person person = current(personId);
        editableFamily(person.familyId());
        audit.record(AuditAction.VIEW, PERSON, person.id(), "Opened " + person.fullName() + "'s record to change");
        return person.view();
    }

    /** A suspected duplicate saves no person, but the check itself stays on the audit trail. */
    @Override
    @Transactional(dontRollbackOn = DuplicateSuspected.class)
    public PersonView addPerson(UUID familyId, PersonCommand command, boolean confirmedNew) {
        Located located = editableFamily(familyId);
        requireValid(command);
        if (!confirmedNew) {
            List<PersonMatch> matches = likelyDuplicates(command);
            if (!matches.isEmpty()) {
                throw new DuplicateSuspected(matches);
            }
        }
        Person person = new Person(familyId, command, clock.instant());
        people.persist(person);
        people.flush();
        audit.record(AuditAction.CREATE, PERSON, person.id(), "Added " + person.fullName() + " to the " + located.family().name()
                + (confirmedNew ? ", confirmed as a new person" : ""));
        return person.view();
    }

    @Override
    @Transactional
    public PersonView updatePerson(UUID personId, PersonCommand command) {
        Person person = people.findByIdOptional(personId).orElseThrow(() -> new NotFound(PERSON, personId));
        editableFamily(person.familyId());
        if (person.merged()) {
            throw new Conflict("This record was merged into another record of the same person. Change that record instead.");
        }
        StaleEdit.check("person's record", command.version(), person.version());
        requireValid(command);
        person.change(command);
        people.flush();
        audit.record(AuditAction.UPDATE, PERSON, personId, "Changed " + person.fullName() + "'s details");
        return person.view();
    }

    /**
     * The family moved (or is now in temporary accommodation, or has no fixed abode) from a date. The new
     * place must lie inside the boundary of a service that delivers Early Intervention, though not
     * necessarily the mover's: cases held elsewhere follow through {@link FamilyMoved}.
     */
    @Override
    @Transactional
    public FamilyView move(UUID familyId, MoveCommand command) {
        Located located = editableFamily(familyId);
        Family family = located.family();
        StaleEdit.check("family's address", command.version(), family.version());
        FamilyResidence now = residences.current(familyId).orElse(null);
        Map<String, String> problems = new LinkedHashMap<>();
        PlaceKind kind = command.kind();
        AddressView to = null;
        String placeField = "addressId";
        if (kind == null) {
            problems.put("kind", "Select where the family lives now");
        } else {
            Placed placed = place(kind, command.addressId(), command.description(), command.areaId(), problems);
            to = placed.place();
            placeField = placed.field();
        }
        LocalDate movedOn = command.movedOn();
        if (movedOn == null) {
            problems.put("movedOn", "Enter the date the family moved");
        } else if (movedOn.isAfter(today())) {
            problems.put("movedOn", "The date the family moved must be today or in the past");
        } else if (now != null && movedOn.isBefore(now.from())) {
            problems.put("movedOn", "The date the family moved must be on or after " + org.placeworks.shared.web.Dates.date(now.from())
                    + ", the date their current address was recorded from");
        }
        if (to != null && problems.isEmpty()) {
            AddressView from = located.address();
            if (to.hasUprn() && to.id().equals(from.id()) && kind == family.placeKind()) {
                problems.put(placeField, "The family already lives at this address");
            } else if (services.ownersFor(Strand.EARLY_INTERVENTION, to).isEmpty()) {
                problems.put(placeField, "No service delivering early help covers " + (to.hasUprn() ? "this address" : "this neighbourhood")
                        + ". A family can only be recorded inside a service's boundary: check the address, or contact the"
                        + " council's early help service");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AddressView from = located.address();
        if (now != null) {
            now.endOn(movedOn);
            residences.flush(); // the old place ends before the new one begins: one current place at a time
        }
        residences.persist(new FamilyResidence(familyId, kind, to.id(), to.hasUprn() ? null : to.line1(), to.neighbourhoodId(),
                movedOn, clock.instant(), current.username()));
        family.moveTo(kind, to.id(), to.hasUprn() ? null : to.line1(), to.neighbourhoodId());
        families.flush();
        audit.record(AuditAction.UPDATE, FAMILY, familyId, "Moved " + (kind == PlaceKind.HOME ? "" : "(" + kind.label().toLowerCase()
                + ") ") + "on " + movedOn + " from " + from.oneLine() + " to " + to.oneLine()
                + (to.neighbourhoodName() == null ? "" : " in " + to.neighbourhoodName()));
        moved.fire(new FamilyMoved(familyId, family.name(), from, to, movedOn));
        // The person who moved the family sees the result, even when the move took it out of their ground.
        Located after = new Located(family, to, FamilyRule.Sight.CHANGE);
        return rows.acrossBoundaries(() -> view(after));
    }

    @Override
    @Transactional
    public List<PersonMatch> search(PersonSearch search) {
        String name = PersonRules.blankToNull(search.name());
        String rawPostcode = PersonRules.blankToNull(search.postcode());
        if (name == null && search.dateOfBirth() == null && rawPostcode == null) {
            throw new InvalidInput("name", "Enter a name, a date of birth or a postcode to search for");
        }
        Set<UUID> addressIds = null;
        if (rawPostcode != null) {
            String postcode = Postcode.normalise(rawPostcode)
                    .orElseThrow(() -> new InvalidInput("postcode", "Enter a real postcode, like TB1 1AA"));
            addressIds = places.searchAddresses(postcode, 1000).stream().filter(a -> a.postcode().equals(postcode))
                    .map(AddressView::id).collect(Collectors.toSet());
        }
        // Candidates are scored past the database's wall (ids, places and scores only): a match held elsewhere must
        // still be found, to be named only by the service to contact (matches below).
        Set<UUID> inPostcode = addressIds;
        List<PersonRepository.Scored> scored = rows.acrossBoundaries(() -> people.search(name, search.dateOfBirth(), inPostcode,
                PersonRepository.TRIGRAM_THRESHOLD, CANDIDATES));
        // Elsewhere only a close name counts as a possible match: a loose one would say too much for too little.
        List<PersonMatch> matches = matches(scored, name == null ? 0 : CLOSE_NAME, "search");
        audit.record(AuditAction.VIEW, SEARCH, current.username(), "Searched for people by "
                + criteria(name, search.dateOfBirth(), rawPostcode) + ": " + summary(matches));
        return matches;
    }

    @Override
    @Transactional
    public List<PersonMatch> subjectMatches(String rawName, LocalDate dateOfBirth, String rawNhsNumber) {
        access.requireSubjectAccessOfficer();
        String name = PersonRules.blankToNull(rawName);
        String nhs = PersonRules.blankToNull(rawNhsNumber);
        List<PersonRepository.Scored> scored;
        if (nhs != null) {
            String number = NhsNumber.parse(nhs)
                    .orElseThrow(() -> new InvalidInput("nhsNumber", "Enter a real NHS number, 10 digits like 943 476 5919"));
            scored = people.withNhsNumber(number);
        } else {
            Map<String, String> problems = new LinkedHashMap<>();
            if (name == null) {
                problems.put("name", "Enter the person's name, or their NHS number");
            }
            if (dateOfBirth == null) {
                problems.put("dateOfBirth", "Enter the person's date of birth, or their NHS number");
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            scored = people.search(name, dateOfBirth, null, PersonRepository.TRIGRAM_THRESHOLD, SEARCH_LIMIT);
        }
        Map<UUID, Person> byId = people.byIds(scored.stream().map(PersonRepository.Scored::personId).toList()).stream()
                .collect(Collectors.toMap(Person::id, p -> p));
        Map<UUID, Family> familiesById = families.byIds(scored.stream().map(PersonRepository.Scored::familyId).distinct().toList())
                .stream().collect(Collectors.toMap(Family::id, f -> f));
        List<PersonMatch> found = new ArrayList<>();
        for (PersonRepository.Scored s : scored) {
            Person person = byId.get(s.personId());
            Family family = familiesById.get(s.familyId());
            if (person != null && family != null) {
                found.add(PersonMatch.visible(person.view(), family.name(), placeOf(family).oneLine(),
                        Math.round(s.similarity() * 100) / 100.0));
            }
        }
        audit.record(AuditAction.VIEW, SEARCH, current.username(), "Subject access search by "
                + (nhs != null ? "NHS number" : criteria(name, dateOfBirth, null)) + ": " + found.size() + " found");
        return found;
    }

    @Override
    @Transactional
    public FamilyView subjectFamily(PersonId personId) {
        access.requireSubjectAccessOfficer();
        Person person = current(personId.value());
        Family family = families.findByIdOptional(person.familyId()).orElseThrow(() -> new NotFound(FAMILY, person.familyId()));
        audit.record(AuditAction.EXPORT, PERSON, person.id(), "Compiled for a subject access request");
        audit.record(AuditAction.EXPORT, FAMILY, family.id(), "Compiled the " + family.name() + " for a subject access request");
        return view(new Located(family, placeOf(family), FamilyRule.Sight.READ));
    }

    /**
     * Visible matches in full, closest first; matches the caller may not see are reported only as
     * "held by another service" with the services to contact, so that a duplicate elsewhere is caught
     * without confirming anything about the person.
     */
    @Override
    @Transactional
    public List<PersonMatch> likelyDuplicates(PersonCommand person) {
        String given = person.givenName() == null ? "" : person.givenName().strip();
        String family = person.familyName() == null ? "" : person.familyName().strip();
        if (given.isEmpty() && family.isEmpty()) {
            return List.of();
        }
        String nhsNumber = NhsNumber.parse(person.nhsNumber()).orElse(null);
        // Scored past the database's wall, as a search is: a duplicate held elsewhere must be caught.
        List<PersonRepository.Scored> scored = rows.acrossBoundaries(() -> people.likelyDuplicates((given + " " + family).strip(),
                person.dateOfBirth(), nhsNumber, CLOSE_NAME, CANDIDATES));
        List<PersonMatch> result = matches(scored, 0, "duplicate check");
        if (!result.isEmpty()) {
            audit.record(AuditAction.VIEW, SEARCH, current.username(), "Checked whether " + (given + " " + family).strip()
                    + " is already recorded: " + summary(result));
        }
        return result;
    }

    @Override
    @Transactional
    public PersonView merge(UUID keptPersonId, UUID duplicatePersonId) {
        if (keptPersonId.equals(duplicatePersonId)) {
            throw new InvalidInput("keptPersonId", "Choose two different records to merge");
        }
        Person kept = people.findByIdOptional(keptPersonId).orElseThrow(() -> new NotFound(PERSON, keptPersonId));
        Person duplicate = people.findByIdOptional(duplicatePersonId).orElseThrow(() -> new NotFound(PERSON, duplicatePersonId));
        editableFamily(kept.familyId());
        editableFamily(duplicate.familyId());
        kept.absorb(duplicate);
        people.flush();
        merged.fire(new PeopleMerged(kept.id(), duplicate.id()));
        audit.record(AuditAction.UPDATE, PERSON, kept.id(), "Merged a duplicate record of " + duplicate.fullName() + " into "
                + kept.fullName() + "'s record");
        audit.record(AuditAction.UPDATE, PERSON, duplicate.id(), "Merged into " + kept.fullName() + "'s record");
        return kept.view();
    }

    @Override
    @Transactional
    public List<TimelineEntry> timeline(UUID familyId) {
        Located located = visibleFamily(familyId);
        List<TimelineEntry> entries = new ArrayList<>();
        changes(audit.history(FAMILY, familyId, 500), null, entries);
        List<Person> everyone = people.everyoneInFamily(familyId);
        Map<String, List<AuditEntryView>> trails = audit.histories(PERSON, everyone.stream().map(Person::id).toList(), 200);
        for (Person person : everyone) {
            changes(trails.getOrDefault(person.id().toString(), List.of()),
                    person.merged() ? null : "/families/" + familyId + "#person-" + person.id(), entries);
        }
        for (FamilyTimelineSource source : timelineSources) {
            entries.addAll(source.timelineOf(familyId));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        audit.record(AuditAction.VIEW, FAMILY, familyId, "Viewed the timeline of the " + located.family().name());
        return entries;
    }

    @Override
    @Transactional
    public void share(UUID familyId, UUID staffId, String reason) {
        editableFamily(familyId);
        if (staffId == null) {
            throw new InvalidInput("staffId", "Select the member of staff to share the family with");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Enter why the family is shared, for example Team Around the Family member");
        }
        access.share(FAMILY, familyId, staffId, reason.strip());
    }

    @Override
    @Transactional
    public void unshare(UUID familyId, UUID staffId, String reason) {
        editableFamily(familyId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Enter why the family is no longer shared");
        }
        access.unshare(FAMILY, familyId, staffId, reason.strip());
    }

    /** A reason this short says nothing a reviewer can check: at least a sentence is asked for. */
    static final int SHORTEST_REASON = 20;
    static final int LONGEST_REASON = 1000;

    @Override
    @Transactional
    public Optional<org.placeworks.family.GlassOpened> breakGlass(String nhsNumber, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        String digits = null;
        if (nhsNumber == null || nhsNumber.isBlank()) {
            problems.put("nhsNumber", "Enter the NHS number of the child or adult whose record you need to open");
        } else {
            digits = NhsNumber.parse(nhsNumber).orElse(null);
            if (digits == null) {
                problems.put("nhsNumber", "Enter a real NHS number, 10 digits like 943 476 5919");
            }
        }
        String why = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
        if (why.isEmpty()) {
            problems.put("reason", "Enter why you need to open this record");
        } else if (why.length() < SHORTEST_REASON || why.split(" ").length < 4) {
            problems.put("reason", "Say why you need to open this record in at least a sentence, for example who asked and what for");
        } else if (why.length() > LONGEST_REASON) {
            problems.put("reason", "Reason must be " + LONGEST_REASON + " characters or fewer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // The record named is outside the person's ground (that is why they break glass), so it is found past the
        // database's wall; nothing of it is shown unless glass is broken, and the opening is audited.
        String number = digits;
        List<UUID> matched = rows.acrossBoundaries(() -> people.familiesWithNhsNumber(number));
        if (matched.size() != 1) {
            // Nothing matched (or, against the rule of one record per person, more than one did): nothing is opened.
            audit.record(AuditAction.VIEW, SEARCH, current.username(), "Tried to open a record outside their area by NHS number: "
                    + (matched.isEmpty() ? "no record matches" : "more than one record matches, none opened") + ". Reason given: " + why);
            return Optional.empty();
        }
        UUID familyId = matched.get(0);
        boolean theirs = rows.acrossBoundaries(() -> {
            Family family = families.findByIdOptional(familyId).orElseThrow(() -> new NotFound(FAMILY, familyId));
            return access.covers(placeOf(family), Strand.EARLY_INTERVENTION) || holdsTheirWork(familyId);
        });
        if (theirs) {
            return Optional.of(new org.placeworks.family.GlassOpened(familyId, null));
        }
        return Optional.of(new org.placeworks.family.GlassOpened(familyId, access.breakGlass(FAMILY, familyId, why)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<java.time.Instant> brokenGlassUntil(UUID familyId) {
        return access.brokenGlassUntil(FAMILY, familyId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, FamilyHeader> headers(java.util.Collection<UUID> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        List<Family> found = families.byIds(familyIds);
        Map<UUID, AddressView> addresses = places.addressesByIds(found.stream().map(Family::addressId).filter(java.util.Objects::nonNull).toList());
        Map<UUID, FamilyHeader> headers = new HashMap<>();
        found.forEach(f -> headers.put(f.id(), new FamilyHeader(f.id(), f.name(),
                f.addressId() == null ? placeOf(f) : addresses.get(f.addressId()))));
        return headers;
    }

    /** Addresses matching the text (postcode, street, UPRN) where the caller may register a family. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AddressView> addressesToRegisterAt(String text) {
        return places.searchAddresses(text, 200).stream().filter(access::covers).limit(50).toList();
    }

    /** The problems with a person's details, without saving anything (forms add their own, e.g. an impossible date). */
    public Map<String, String> problemsWith(PersonCommand command) {
        return PersonRules.problems(command, today());
    }

    // --- helpers -------------------------------------------------------------------------

    private void requireValid(PersonCommand command) {
        Map<String, String> problems = problemsWith(command);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private LocalDate today() {
        return today.date();
    }

    /** The person, following a merge to the record that was kept. */
    private Person current(UUID personId) {
        Person person = people.findByIdOptional(personId).orElseThrow(() -> new NotFound(PERSON, personId));
        for (int hops = 0; person.merged() && hops < 10; hops++) {
            person = people.findByIdOptional(person.mergedInto()).orElseThrow(() -> new NotFound(PERSON, personId));
        }
        return person;
    }

    private Located visibleFamily(UUID familyId) {
        if (familyId == null) {
            throw new InvalidInput("familyId", "Select the family");
        }
        return locate(familyId, new HashMap<>()).orElseThrow(() -> new NotFound(FAMILY, familyId));
    }

    /**
     * A family the caller may change: inside their boundary. Someone it was only shared with (a Team
     * Around the Family member from another service) may read it, no more.
     */
    private Located editableFamily(UUID familyId) {
        Located located = visibleFamily(familyId);
        if (located.sight() != FamilyRule.Sight.CHANGE) {
            throw new org.placeworks.shared.Forbidden("The " + located.family().name() + " was shared with you to read. "
                    + "Only the services whose boundary holds their address can change their record.");
        }
        return located;
    }

    private Optional<Located> locate(UUID familyId, Map<UUID, Optional<Located>> seen) {
        return seen.computeIfAbsent(familyId, id -> families.findByIdOptional(id).flatMap(family -> located(family, placeOf(family))));
    }

    /** The family as the caller may see it, at the place it is at (read once by the caller). */
    private Optional<Located> located(Family family, AddressView address) {
        boolean covers = access.covers(address, Strand.EARLY_INTERVENTION);
        boolean holds = !covers && holdsTheirWork(family.id());
        FamilyRule.Sight sight = FamilyRule.decide(covers, holds, !covers && !holds && access.sharedWithMe(FAMILY, family.id()));
        return sight.reads() ? Optional.of(new Located(family, address, sight)) : Optional.empty();
    }

    /**
     * Matches in the order scored, at most {@link #SEARCH_LIMIT} in full where the caller may see the
     * family. Matches outside that (at least {@code elsewhereFrom} alike) become one notice per
     * holding service, with nothing about the person, and each is recorded on that person's trail.
     */
    private List<PersonMatch> matches(List<PersonRepository.Scored> scored, double elsewhereFrom, String asked) {
        Map<UUID, FamilyRule.Sight> sights = sights(scored);
        List<PersonRepository.Scored> shown = new ArrayList<>();
        List<PersonRepository.Scored> elsewhereScored = new ArrayList<>();
        for (PersonRepository.Scored s : scored) {
            if (sights.get(s.familyId()).reads()) {
                if (shown.size() < SEARCH_LIMIT) {
                    shown.add(s);
                }
            } else if (s.similarity() >= elsewhereFrom) {
                elsewhereScored.add(s);
            }
        }
        List<PersonMatch> result = new ArrayList<>();
        if (!shown.isEmpty()) {
            Map<UUID, Person> byId = people.byIds(shown.stream().map(PersonRepository.Scored::personId).toList()).stream()
                    .collect(Collectors.toMap(Person::id, p -> p));
            Map<UUID, Family> familiesById = families.byIds(shown.stream().map(PersonRepository.Scored::familyId).distinct().toList())
                    .stream().collect(Collectors.toMap(Family::id, f -> f));
            Map<UUID, AddressView> addresses = places.addressesByIds(familiesById.values().stream().map(Family::addressId)
                    .filter(java.util.Objects::nonNull).distinct().toList());
            for (PersonRepository.Scored s : shown) {
                Person person = byId.get(s.personId());
                Family family = familiesById.get(s.familyId());
                if (person == null || family == null) {
                    continue;
                }
                String where = family.addressId() != null ? addresses.get(family.addressId()).oneLine()
                        : AddressView.described(family.placeDescription(), family.placeAreaId(), null).oneLine();
                result.add(PersonMatch.visible(person.view(), family.name(), where, Math.round(s.similarity() * 100) / 100.0));
            }
        }
        if (elsewhereScored.isEmpty()) {
            return result;
        }
        // Matches the caller may not see: which services to contact, named from where each family lives.
        var owners = services.ownersLookup(Strand.EARLY_INTERVENTION);
        Map<String, List<UUID>> elsewhere = new LinkedHashMap<>();
        for (PersonRepository.Scored s : elsewhereScored) {
            List<String> names = owners.apply(s.neighbourhoodId(), s.estateId()).stream().map(ServiceView::name).sorted().toList();
            String holder = names.isEmpty() ? NO_HOLDER : String.join(" or ", names);
            elsewhere.computeIfAbsent(holder, h -> new ArrayList<>()).add(s.personId());
        }
        Map<UUID, String> audited = new LinkedHashMap<>();
        elsewhere.forEach((holder, persons) -> {
            result.add(PersonMatch.heldElsewhere(holder));
            persons.forEach(p -> audited.put(p, "A possible match in another service's " + asked + ": told only to contact "
                    + holder));
        });
        // One row a person, all in one statement: a common name may match up to the candidates' limit elsewhere.
        audit.recordEach(AuditAction.VIEW, PERSON, audited);
        return result;
    }

    /**
     * What the caller gets on each candidate's family, by {@link FamilyRule}: the boundary decided from the
     * family's neighbourhood and estate, and for families outside it, open work held and shares asked about
     * all at once (one array each), never family by family.
     */
    private Map<UUID, FamilyRule.Sight> sights(List<PersonRepository.Scored> scored) {
        Map<UUID, Boolean> covered = new LinkedHashMap<>();
        for (PersonRepository.Scored s : scored) {
            covered.computeIfAbsent(s.familyId(), id -> access.covers(s.neighbourhoodId(), s.estateId(), Strand.EARLY_INTERVENTION));
        }
        List<UUID> outside = covered.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        Set<UUID> held = heldByMyServices(outside);
        Set<UUID> shared = access.sharedWithMe(FAMILY, outside.stream().filter(id -> !held.contains(id)).toList());
        Map<UUID, FamilyRule.Sight> sights = new HashMap<>();
        covered.forEach((id, covers) -> sights.put(id, FamilyRule.decide(covers, !covers && held.contains(id),
                !covers && !held.contains(id) && shared.contains(id))));
        return sights;
    }

    private static String summary(List<PersonMatch> matches) {
        long elsewhere = matches.stream().filter(PersonMatch::elsewhere).count();
        return (matches.size() - elsewhere) + " found" + (elsewhere == 0 ? "" : ", and possible matches held by " + elsewhere
                + (elsewhere == 1 ? " other service" : " other services"));
    }

    private FamilyView view(Located located) {
        Family family = located.family();
        List<FamilyResidence> lived = residences.ofFamily(family.id());
        // The addresses of the places lived at before in one query, not one per move; the current one is known.
        UUID here = family.addressId();
        Map<UUID, AddressView> addresses = new HashMap<>(places.addressesByIds(lived.stream().map(FamilyResidence::addressId)
                .filter(id -> id != null && !id.equals(here)).distinct().toList()));
        if (here != null) {
            addresses.put(here, located.address());
        }
        List<ResidenceView> history = lived.stream()
                .map(r -> new ResidenceView(r.kind(), r.addressId() == null ? described(r.description(), r.areaId())
                        : addresses.containsKey(r.addressId()) ? addresses.get(r.addressId()) : places.address(r.addressId()),
                        r.from(), r.to())).toList();
        return new FamilyView(family.id(), family.name(), located.address(),
                people.inFamily(family.id()).stream().map(Person::view).toList(), family.version(), family.placeKind(), history);
    }

    /** Where a family is to live, and the field a refusal of that place is shown on; {@code place} null when it is not known. */
    private record Placed(AddressView place, String field) {
    }

    /**
     * The place a worker gave: a UPRN address (not for no fixed abode), or for temporary accommodation
     * without a UPRN and no fixed abode, a description in a neighbourhood. Problems go into {@code problems}.
     */
    private Placed place(PlaceKind kind, UUID addressId, String rawDescription, UUID areaId, Map<String, String> problems) {
        String description = PersonRules.blankToNull(rawDescription);
        if (addressId != null) {
            if (kind == PlaceKind.NO_FIXED_ABODE) {
                problems.put("addressId", "A family with no fixed abode has no address: describe where they are staying instead");
                return new Placed(null, "addressId");
            }
            AddressView address = places.findAddress(addressId).orElse(null);
            if (address == null) {
                problems.put("addressId", "Select an address from the list");
            }
            return new Placed(address, "addressId");
        }
        if (kind == PlaceKind.HOME) {
            problems.put("addressId", "Select the family's address");
            return new Placed(null, "addressId");
        }
        if (description == null) {
            problems.put("description", kind == PlaceKind.TEMPORARY ? "Enter the temporary accommodation's address or name"
                    : "Describe where the family is staying, like sofa-surfing with relatives near the market");
        } else if (description.length() > org.placeworks.shared.Text.SHORT) {
            problems.put("description", "Description must be " + org.placeworks.shared.Text.SHORT + " characters or fewer");
        }
        var area = areaId == null ? Optional.<org.placeworks.geography.AreaView>empty() : places.findArea(areaId);
        if (area.isEmpty() || area.get().kind() != org.placeworks.geography.AreaKind.NEIGHBOURHOOD) {
            problems.put("areaId", "Select the neighbourhood the family is staying in");
            return new Placed(null, "areaId");
        }
        return new Placed(description == null ? null : AddressView.described(description, area.get().id(), area.get().name()), "areaId");
    }

    /** Where the family lives: its UPRN address, or the described location in the neighbourhood chosen. */
    private AddressView placeOf(Family family) {
        return family.addressId() != null ? places.address(family.addressId())
                : described(family.placeDescription(), family.placeAreaId());
    }

    private AddressView described(String description, UUID areaId) {
        return AddressView.described(description, areaId, places.findArea(areaId).map(org.placeworks.geography.AreaView::name).orElse(null));
    }

    /** Whether one of the reader's Early Intervention services still holds open work with the family (they moved away). */
    private boolean holdsTheirWork(UUID familyId) {
        return heldByMyServices(List.of(familyId)).contains(familyId);
    }

    /** Which of these families one of the reader's Early Intervention services holds open work with. */
    private Set<UUID> heldByMyServices(java.util.Collection<UUID> familyIds) {
        if (familyIds.isEmpty() || holders.isUnsatisfied()) {
            return Set.of();
        }
        Set<UUID> mine = access.staffFacts().services().stream().filter(s -> s.strands().contains(Strand.EARLY_INTERVENTION))
                .map(org.placeworks.organisation.StaffFacts.ServiceGround::serviceId).collect(Collectors.toSet());
        if (mine.isEmpty() || !access.staffFacts().active()) {
            return Set.of();
        }
        Set<UUID> held = new java.util.HashSet<>();
        for (FamilyHolders source : holders) {
            held.addAll(source.heldBy(familyIds, mine));
        }
        return held;
    }

    private static void changes(List<AuditEntryView> history, String link, List<TimelineEntry> into) {
        history.stream().filter(e -> e.action() != AuditAction.VIEW)
                .forEach(e -> into.add(new TimelineEntry(e.at(), e.actor(), e.summary(), link)));
    }

    private static String criteria(String name, LocalDate dateOfBirth, String postcode) {
        List<String> parts = new ArrayList<>();
        if (name != null) {
            parts.add("name");
        }
        if (dateOfBirth != null) {
            parts.add("date of birth");
        }
        if (postcode != null) {
            parts.add("postcode");
        }
        return String.join(", ", parts);
    }

    @Override
    @Transactional
    public FamilyView family(FamilyHeader opened) {
        Family family = families.findByIdOptional(opened.id()).orElseThrow(() -> new NotFound(FAMILY, opened.id()));
        Located located = located(family, opened.address()).orElseThrow(() -> new NotFound(FAMILY, opened.id()));
        audit.record(AuditAction.VIEW, FAMILY, family.id(), "Viewed the " + family.name());
        return view(located);
    }
}
