/**
 * The page layout, navigation, error pages and static assets every feature's pages share, and the
 * form toolkit: {@link org.placeworks.shared.web.Form} to read a posted form,
 * {@link org.placeworks.shared.web.FormPost} to answer it, {@link org.placeworks.shared.web.Dates} to show dates.
 */
package org.placeworks.shared.web;
