/**
 * Families (households at an address) and the people in them: search before create, likely
 * duplicates, merging, the family's timeline, and where the family lives and has lived (moves with
 * dates, temporary accommodation and no fixed abode, placed in a neighbourhood when there is no UPRN). Uses {@code shared}, {@code identity},
 * {@code geography}, {@code audit} and {@code organisation} (whose access policy decides who may
 * see a family). Higher features (caf) add to the timeline through {@link FamilyTimelineSource}
 * and follow merges through the {@link PeopleMerged} event and moves through {@link FamilyMoved}; they
 * name the services still holding work with a family that moved away through {@link FamilyHolders}.
 */
package org.placeworks.family;
