package org.placeworks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module map of docs/architecture.md, in one place for both boundary checks (bytecode and source):
 * which features each feature may use. Everything not listed here is a wrong arrow.
 */
final class ModuleMap {

    /** Bottom to top: each feature with the features below it that it may use. */
    static final Map<String, Set<String>> USES = new LinkedHashMap<>();

    static {
        USES.put("shared", Set.of());
        USES.put("identity", Set.of("shared"));
        USES.put("geography", Set.of("shared", "identity"));
        USES.put("audit", Set.of("shared", "identity", "geography"));
        USES.put("organisation", Set.of("shared", "identity", "geography", "audit"));
        USES.put("family", Set.of("shared", "identity", "geography", "audit", "organisation"));
        USES.put("estate", Set.of("shared", "identity", "geography", "audit", "organisation"));
        USES.put("caf", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate"));
        USES.put("panel", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate", "caf"));
        USES.put("grant", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate", "caf",
                "panel"));
        USES.put("intelligence", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate",
                "caf"));
        // Open311 (GeoReport v2): civic tools report estate issues, placed by the place's boundaries.
        USES.put("open311", Set.of("shared", "identity", "geography", "audit", "organisation", "estate"));
        // Documents on cases and families: asks the case gate and the family's rule through their public APIs.
        USES.put("document", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "caf"));
        USES.put("insight", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate", "caf",
                "panel", "grant", "intelligence"));
        // Subject access: the data protection officer's export of everything held about a person, read through
        // each feature's public subject access reads; nobody depends on it but the demo.
        USES.put("subjectaccess", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate", "caf",
                "panel", "grant", "intelligence", "document"));
        // Retention and disposal: the data protection officer's review and disposal of records past their rule. Its
        // erasure deletes from every feature's tables (the one feature that may: erasure must be total, and a test
        // scans the schema to prove it); documents' files go through the document feature. Only the demo depends on it.
        USES.put("retention", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate", "caf",
                "panel", "grant", "intelligence", "document", "insight", "subjectaccess"));
        // The demo data sits on top: it may use every feature's API, and nothing may use it.
        USES.put("demo", Set.of("shared", "identity", "geography", "audit", "organisation", "family", "estate", "caf",
                "panel", "grant", "intelligence", "insight", "document", "open311", "subjectaccess", "retention"));
    }

    /** A feature's own sub-packages that no other feature may reach into ({@code shared.web} is everyone's). */
    static final Set<String> PRIVATE_PACKAGES = Set.of("internal", "web", "api");

    private ModuleMap() {
    }

    static List<String> features() {
        return List.copyOf(USES.keySet());
    }

    static boolean mayUse(String from, String to) {
        return from.equals(to) || USES.getOrDefault(from, Set.of()).contains(to);
    }

    /** The features allowed to use {@code feature}. */
    static List<String> usersOf(String feature) {
        return USES.entrySet().stream().filter(e -> e.getValue().contains(feature)).map(Map.Entry::getKey).toList();
    }

    /** {@code feature.sub} may be used by another feature: only a feature's top level, and {@code shared.web}. */
    static boolean isPrivate(String feature, String subPackage) {
        return !feature.equals("shared") && !subPackage.isEmpty() && PRIVATE_PACKAGES.contains(subPackage.split("\\.")[0]);
    }
}
