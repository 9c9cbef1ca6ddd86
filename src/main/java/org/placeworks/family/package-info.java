/**
 * Families (households at an address) and the people in them: search before create, likely
 * duplicates, merging, and the family's timeline. Uses {@code shared}, {@code identity},
 * {@code geography}, {@code audit} and {@code organisation} (whose access policy decides who may
 * see a family). Higher features (caf) add to the timeline through {@link FamilyTimelineSource}
 * and follow merges through the {@link PeopleMerged} event.
 */
package org.placeworks.family;
