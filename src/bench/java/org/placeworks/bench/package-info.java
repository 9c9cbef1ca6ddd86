/**
 * The benchmark: a synthetic council generator ({@code generate}) and a load harness ({@code load}), run by
 * {@code bench/run} and described in docs/performance.md. Never part of the app: compiled with the tests.
 */
package org.placeworks.bench;
