package org.placeworks.shared.web;

import java.util.List;

/**
 * How a feature adds itself to the header navigation and the home page without {@code shared} or
 * {@code organisation} knowing it: implement this as a CDI bean ({@code @ApplicationScoped}) in the
 * feature's {@code web} package and return its destinations. {@link Page} collects every bean, keeps
 * those the reader's roles allow and sorts them by {@link Destination#order()}.
 *
 * <p>Features still to come (estate issues, intelligence reports, insight) add one bean each; nothing
 * in {@code shared} or any other feature changes. Orders in use: cases 10, families 20, panel 30,
 * grants 40, address coverage 50, places 60, addresses 70, services 80, staff 90.
 */
public interface Destinations {
    List<Destination> destinations();
}
