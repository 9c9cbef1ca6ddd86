package org.placeworks.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.placeworks.geography.Places;
import org.placeworks.insight.InsightSummary;

/**
 * Loads the demo data (dev, local runs and tests; never production) into an empty database, one
 * feature after another, each through that feature's own services: the place and its staff, then
 * early help cases, the panel, the grants awarded at its last meeting, that meeting's close, two years of early
 * help history ({@link DemoHistory}), then the estate and community intelligence.
 */
@ApplicationScoped
class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    @ConfigProperty(name = "placeworks.demo.enabled")
    boolean enabled;

    @Inject
    Places places;

    @Inject
    DemoPlace place;

    @Inject
    DemoCases cases;

    @Inject
    DemoRecording recording;

    @Inject
    DemoMoves moves;

    @Inject
    DemoPanel panel;

    @Inject
    DemoDocuments documents;

    @Inject
    DemoGrants grants;

    @Inject
    DemoHistory history;

    @Inject
    DemoEstateIssues estateIssues;

    @Inject
    DemoEngagement engagement;

    @Inject
    DemoOpen311 open311;

    @Inject
    DemoIntelligence intelligence;

    @Inject
    DemoTriage triage;

    @Inject
    DemoCommunityTrigger communityTrigger;

    @Inject
    DemoSustainment sustainment;

    @Inject
    DemoSubjectAccess subjectAccess;

    @Inject
    DemoBreakGlass breakGlass;

    @Inject
    DemoRetention retention;

    @Inject
    InsightSummary insight;

    void onStart(@Observes StartupEvent event) {
        if (!enabled || !places.areas().isEmpty()) {
            return;
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long began = System.nanoTime();
        long beganCpu = threads.getCurrentThreadCpuTime();
        place.load();
        LOG.info("Loaded the demo place: Thornbury, in Eastmoor District");
        cases.load();
        recording.load();
        LOG.info("Loaded the demo early help cases");
        documents.load();
        moves.load();
        LOG.info("Loaded the demo moves: a family that moved, a case offered to School Nursing Southbank, temporary accommodation");
        panel.load();
        grants.load();
        LOG.info("Loaded the demo grant fund");
        panel.closeLastMonth();
        // Timed, since every test run starts with it: the wall time, and the loading thread's own CPU time (steadier on a busy machine).
        long started = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        history.load();
        LOG.infof("Loaded the demo's two years of early help history (%d cases) in %d ms (%d ms of this thread's CPU)", history.size(),
                (System.nanoTime() - started) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        estateIssues.load();
        engagement.load();
        open311.load();
        intelligence.load();
        triage.load();
        communityTrigger.load();
        subjectAccess.load();
        breakGlass.load();
        retention.load();
        sustainment.load();
        LOG.info("Loaded the demo sustainment checks: families claimable under Supporting Families");
        insight.refresh();
        LOG.info("Built the insight summary from the demo records");
        LOG.infof("Loaded the demo data in %d ms (%d ms of this thread's CPU)", (System.nanoTime() - began) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - beganCpu) / 1_000_000);
    }
}
