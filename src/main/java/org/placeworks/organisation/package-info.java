/**
 * Existing services and partner agencies, each service's boundary (a set of areas) and the strands
 * it delivers in the place, staff and their service memberships, and the access policy that decides
 * what a member of staff may see. Uses {@code shared}, {@code identity}, {@code geography} and {@code audit}.
 */
package org.placeworks.organisation;
