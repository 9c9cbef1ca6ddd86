package org.placeworks.family;

import java.util.List;
import java.util.UUID;

/**
 * Families and people: the one way other features read and change them. Every read and change is
 * checked by the access policy (a family outside the caller's boundary, and not shared with them,
 * is a NotFound) and audited.
 */
public interface Families {

    /**
     * The family's name and address if the caller may see it (404 otherwise), for features that keep
     * records on a family (documents): the family's own rule, asked once. Not audited: the caller audits
     * what it shows.
     */
    FamilyHeader readable(UUID familyId);

    /**
     * The same if the caller may change the family (inside their boundary): someone it was only shared with
     * is refused (Forbidden), anyone else finds nothing (NotFound). Not audited.
     */
    FamilyHeader changeable(UUID familyId);

    /**
     * Whether the caller may change the family, asked without refusing (for a link to a change): the same rule as
     * {@link #changeable}. A refusal caught inside the caller's transaction would mark it to roll back.
     */
    boolean mayChange(UUID familyId);

    /** Registers a household at an address (inside the caller's boundary). */
    FamilyView register(NewFamily family);

    /** The family, if the caller may see it; a view is audited. */
    FamilyView family(UUID familyId);

    /** The person, if the caller may see their family; a view is audited. */
    PersonView person(UUID personId);

    /**
     * The family for a change form: the caller may change it (inside their boundary); someone it was
     * only shared with is refused (Forbidden), anyone else finds nothing (NotFound). Audited as a view.
     */
    FamilyView familyToChange(UUID familyId);

    /** The person for a change form, on the same terms as {@link #familyToChange}. */
    PersonView personToChange(UUID personId);

    /**
     * Adds a person. Unless {@code confirmedNew}, a close match to an existing person (name, date of
     * birth) is refused with {@link DuplicateSuspected} listing the likely duplicates.
     */
    PersonView addPerson(UUID familyId, PersonCommand person, boolean confirmedNew);

    /**
     * The family lives somewhere new from a date (a UPRN address, temporary accommodation, no fixed abode):
     * kept in their address history, audited, and announced as {@link FamilyMoved}. Refused when no
     * service delivering early help covers the new place, and when the family changed since it was read.
     */
    FamilyView move(UUID familyId, MoveCommand move);

    /** Changes a person; a stale version is refused. */
    PersonView updatePerson(UUID personId, PersonCommand person);

    /** People the caller may see who match the search, closest first. */
    List<PersonMatch> search(PersonSearch search);

    /**
     * Subject access: people among ALL families matching a name and date of birth, or an NHS number, for the data
     * protection officer only (the access policy decides; 404 for anyone else). The search is audited.
     */
    List<PersonMatch> subjectMatches(String name, java.time.LocalDate dateOfBirth, String nhsNumber);

    /**
     * Subject access: the person's family with everyone in it and every place it lived, wherever it lives, for the
     * data protection officer only; audited as an export of the family's record.
     */
    FamilyView subjectFamily(PersonId personId);

    /** Likely duplicates of a person about to be added, closest first. */
    List<PersonMatch> likelyDuplicates(PersonCommand person);

    /** Merges a duplicate record into the one kept: every link moves to it ({@link PeopleMerged}); audited. */
    PersonView merge(UUID keptPersonId, UUID duplicatePersonId);

    /** Everything that happened to the family and its cases, newest first. */
    List<TimelineEntry> timeline(UUID familyId);

    /**
     * Names and addresses of families, for lists. No access check and no audit entry: callers list
     * their own records (such as cases) and decide what the reader may see from the address.
     */
    java.util.Map<UUID, FamilyHeader> headers(java.util.Collection<UUID> familyIds);

    /** Shares a family with a member of staff outside its boundary (e.g. a Team Around the Family member); recorded. */
    void share(UUID familyId, UUID staffId, String reason);

    void unshare(UUID familyId, UUID staffId, String reason);

    /**
     * Opens a family outside the caller's boundary ("breaking glass"): found only by the exact NHS number of one of its
     * people, with a reason of at least a sentence (InvalidInput otherwise). Access is read-only, for the configured
     * window, audited with the reason and flagged to the caller's manager and the data protection officer. Empty when
     * no record matches (the attempt is audited); a family the caller already sees is returned without a grant.
     */
    java.util.Optional<GlassOpened> breakGlass(String nhsNumber, String reason);

    /** When the caller's break-glass access to the family ends, if they see it by breaking glass now. */
    java.util.Optional<java.time.Instant> brokenGlassUntil(UUID familyId);

    // Other features name families and people by typed ids; the UUID forms above serve family's own pages and API.

    default FamilyView family(FamilyId familyId) {
        return family(familyId.value());
    }

    default PersonView person(PersonId personId) {
        return person(personId.value());
    }

    default void share(FamilyId familyId, UUID staffId, String reason) {
        share(familyId.value(), staffId, reason);
    }

    default void unshare(FamilyId familyId, UUID staffId, String reason) {
        unshare(familyId.value(), staffId, reason);
    }

    /**
     * The family of a record the caller has just opened together with its header (a case page): the same
     * rule and the same audited view as {@link #family(UUID)}, without reading the family's address again.
     */
    default FamilyView family(FamilyHeader opened) {
        return family(opened.id());
    }
}
