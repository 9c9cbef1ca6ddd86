/**
 * The early help pages: a worker's cases and every case in their area, the request for support
 * behind its safeguarding screen, step down, the case page, and the forms that take a case from
 * consent to closure. Thin: each reads its form, calls {@code Referrals}, {@code CaseWork} or
 * {@code CafCases}, and shows the result; the rules live in the caf services and the case itself.
 */
package org.placeworks.caf.web;
