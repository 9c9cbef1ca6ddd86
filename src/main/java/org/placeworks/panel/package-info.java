/**
 * The monthly multi-agency panel: panels for a locality, their members and deputies, meetings
 * scheduled ahead, agendas built from cases brought to panel, the live meeting (attendance,
 * quorum, declarations, decisions and actions) and the minutes. Uses {@code shared},
 * {@code identity}, {@code geography}, {@code audit}, {@code organisation}, {@code family} and
 * {@code caf} (through their APIs). Other features bring items through {@link PanelIntake}, and link
 * an item to their own record's page through {@link AgendaSubjectRoute}.
 */
package org.placeworks.panel;
