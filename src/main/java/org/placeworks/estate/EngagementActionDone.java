package org.placeworks.estate;

/** Marks an engagement action done today, by the person signed in; {@code version} is the action's as they read it. */
public record EngagementActionDone(Long version) {
}
