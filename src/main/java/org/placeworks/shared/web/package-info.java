/** The page layout, navigation, error pages and static assets every feature's pages share. */
package org.placeworks.shared.web;
