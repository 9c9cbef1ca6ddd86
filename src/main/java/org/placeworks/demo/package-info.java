/**
 * The demo place and its data (Thornbury, in Eastmoor District), for dev, local runs and tests: loaded
 * by {@code DemoLoader} into an empty database through every feature's public services, as the demo
 * staff. Sits on top of the module map: uses every feature's API (never an {@code internal} package),
 * and nothing uses it.
 */
package org.placeworks.demo;
