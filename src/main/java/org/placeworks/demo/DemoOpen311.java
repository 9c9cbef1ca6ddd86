package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.open311.NewServiceRequest;
import org.placeworks.open311.Open311Keys;
import org.placeworks.open311.Open311Requests;
import org.placeworks.open311.Open311Settings;

/**
 * FixMyStreet as an Open311 client of the demo council, with a fixed key documented in the README so that a
 * FixMyStreet on the same machine can be pointed at a local run (the demo is never loaded in production),
 * and one report that came in through it, posted through the same path a real client's post takes.
 */
@ApplicationScoped
class DemoOpen311 {

    /** The demo's Open311 key, for local use only: README, "Open311 (FixMyStreet)". */
    static final String DEMO_KEY = "thornbury-demo-open311-key-for-local-use";

    /** A point on the Millbrook Estate, in Riverside: README's demo point. */
    static final String LATITUDE = "52.4670";
    static final String LONGITUDE = "-1.1350";

    @Inject
    ActingAs actingAs;

    @Inject
    Open311Keys keys;

    @Inject
    Open311Requests requests;

    @Inject
    Open311Settings settings;

    void load() {
        actingAs.run("admin", Set.of(Roles.ADMIN), () -> keys.register("FixMyStreet", DEMO_KEY));
        requests.submit(new NewServiceRequest(DEMO_KEY, settings.jurisdictionId().orElse(null), "fly-tipping", LATITUDE, LONGITUDE,
                "title: Mattress and broken chairs by the garages\r\n\r\ndetail: A double mattress and three broken chairs have been "
                        + "left by the garages behind Wharf Street. They are blocking the path to the bins.\r\n\r\n"
                        + "url: http://localhost:3000/report/1\r\n\r\nSubmitted via FixMyStreet\r\n",
                "Dana", "Whitlock", "dana.whitlock@example.org", null, Map.of()));
    }
}
