/**
 * The monthly multi-agency panel: panels for a locality, their members and deputies, meetings
 * scheduled ahead, agendas built from cases brought to panel, the live meeting (attendance,
 * quorum, declarations, decisions and actions) and the minutes. Uses {@code shared},
 * {@code identity}, {@code geography}, {@code audit}, {@code organisation}, {@code family} and
 * {@code caf} (through their APIs). Other features bring items through {@link PanelIntake}, and link
 * an item to their own record's page through {@link AgendaSubjectRoute}, and record what the panel decided on
 * their record through {@link AgendaSubjectDecision}. A decision acts ({@code internal.DecisionsAct}): the lead
 * professional it allocates is appointed through caf's {@code CaseWork}; step up and closure have one call site
 * each for the case's sign-off. Listings and decisions reach the case's timeline and "My cases" through caf's
 * extension points. Declarations of interest take those who withdrew out of an item's quorum; a quorum may
 * name agencies; minutes go from draft to circulated to agreed at the next meeting, every wording kept.
 */
package org.placeworks.panel;
