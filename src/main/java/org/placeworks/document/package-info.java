/**
 * Documents kept on an early help case or on a family: signed consent forms, early help assessments
 * from other agencies, reports. Uploads are streamed to storage (PostgreSQL by default, or a directory
 * set by configuration) and checked by their content, never by their name or declared type. Who may see
 * and add documents is the case's or the family's own rule, asked through {@code caf.CaseAccess} and
 * {@code family.Families}; every upload, list, view and download is audited. May use shared, identity,
 * audit, organisation, family and caf; contributes a section to the case page and the family page.
 */
package org.placeworks.document;
