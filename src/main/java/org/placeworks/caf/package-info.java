/**
 * Early help (CAF) cases, from the request for support to closure with outcomes: safeguarding
 * screen, consent, assessment across the three CAF domains, lead professional and Team Around the
 * Family, plan, reviews, step up and step down, and transfer between services (offered, then accepted
 * or declined; a family's move out of the owning service's boundary offers the case by itself). Uses {@code shared}, {@code identity},
 * {@code geography}, {@code audit}, {@code organisation} and {@code family} (through its API only).
 * Higher features add sections to the case page through {@link CaseSectionSource}, entries to the case's
 * timeline through {@link CaseTimelineSource} and a section to "My cases" through {@link MyCasesSource}. Who may see and
 * change a case is decided once, by {@code internal.CaseRule} through the request's {@code internal.CaseGate};
 * caf reads where families live only through family's public read model, the {@code family_place} view.
 */
package org.placeworks.caf;
