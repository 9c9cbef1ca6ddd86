package org.placeworks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The JVM is sized for its container: the Kubernetes manifest gives the app's container a memory limit and JVM options
 * whose bounded areas (heap, metaspace, code cache, direct buffers) plus what the JVM needs besides (thread stacks, GC
 * and class metadata, the JIT, libraries) fit inside it; the local run script starts the app with the same options.
 * Without this a heap sized by default (a quarter of the node, or of the limit) grows until the kernel kills the pod.
 */
class JvmSizingTest {

    /** What the JVM uses beyond the capped areas: about 40 threads' stacks, GC and JIT structures, compressed class space, libraries. */
    static final long OVERHEAD_MIB = 96;

    private static final Path MANIFEST = Path.of("deploy/k8s/placeworks.yaml");
    private static final Path RUN = Path.of("deploy/local/run");

    @Test
    void theManifestCapsTheHeapAndEveryOtherBoundedAreaInsideTheContainerLimit() throws IOException {
        Map<String, Object> container = container();
        long limit = mebibytes(string(path(container, "resources", "limits", "memory")));
        List<String> options = options(javaOptions(container));

        long heap = size(options, "-Xmx");
        long metaspace = size(options, "-XX:MaxMetaspaceSize=");
        long codeCache = size(options, "-XX:ReservedCodeCacheSize=");
        long direct = size(options, "-XX:MaxDirectMemorySize=");
        assertThat(heap).as("-Xmx in %s", options).isPositive();
        assertThat(metaspace).as("-XX:MaxMetaspaceSize in %s", options).isPositive();
        assertThat(codeCache).as("-XX:ReservedCodeCacheSize in %s", options).isPositive();
        assertThat(direct).as("-XX:MaxDirectMemorySize in %s", options).isPositive();
        assertThat(heap + metaspace + codeCache + direct + OVERHEAD_MIB)
                .as("heap %d + metaspace %d + code cache %d + direct %d + overhead %d MiB within the %d MiB limit", heap, metaspace,
                        codeCache, direct, OVERHEAD_MIB, limit)
                .isLessThanOrEqualTo(limit);
        assertThat(options).contains("-XX:+ExitOnOutOfMemoryError");
        assertThat(options).noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel"));
        assertThat(options).noneMatch(o -> o.startsWith("-XX:MaxRAMPercentage"));

        long request = mebibytes(string(path(container, "resources", "requests", "memory")));
        assertThat(request).as("memory request").isPositive().isLessThanOrEqualTo(limit);
    }

    /**
     * Under load the requests in flight outlive a small young generation: a heap allowed to shrink back to its live data
     * promoted them, filled the old generation and ran a full collection (about 100 ms, every thread stopped) every
     * second (docs/performance.md, "The heap held at its size"). So the heap is fixed and half of it or more is young.
     */
    @Test
    void theHeapIsFixedWithHalfOfItOrMoreForShortLivedObjects() throws IOException {
        List<String> options = options(javaOptions(container()));
        long heap = size(options, "-Xmx");

        assertThat(size(options, "-Xms")).as("-Xms in %s", options).isEqualTo(heap);
        assertThat(size(options, "-Xmn")).as("-Xmn in %s", options).isGreaterThanOrEqualTo(heap / 2).isLessThan(heap * 3 / 4);
        assertThat(options).noneMatch(o -> o.contains("HeapFreeRatio"));
    }

    @Test
    void theLocalRunStartsTheAppWithTheManifestsOptions() throws IOException {
        List<String> manifest = options(javaOptions(container()));
        Matcher line = Pattern.compile("(?m)^jvm_options=\"([^\"]*)\"").matcher(Files.readString(RUN));
        assertThat(line.find()).as("a jvm_options=\"...\" line in %s", RUN).isTrue();
        assertThat(options(line.group(1))).isEqualTo(manifest);
        assertThat(Files.readString(RUN)).containsPattern("(?m)^java \\$jvm_options .*-jar quarkus-run.jar");
    }

    @Test
    void sizesAreReadAsTheJvmReadsThem() {
        assertThat(size(List.of("-Xmx1g"), "-Xmx")).isEqualTo(1024);
        assertThat(size(List.of("-Xmx192m"), "-Xmx")).isEqualTo(192);
        assertThat(size(List.of("-Xmx196608k"), "-Xmx")).isEqualTo(192);
        assertThat(size(List.of("-Xms64m"), "-Xmx")).isZero();
        assertThat(mebibytes("512Mi")).isEqualTo(512);
        assertThat(mebibytes("1Gi")).isEqualTo(1024);
        assertThat(mebibytes("512M")).isEqualTo(488);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container() throws IOException {
        for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(MANIFEST))) {
            Map<String, Object> doc = (Map<String, Object>) document;
            if ("Deployment".equals(doc.get("kind"))) {
                List<Map<String, Object>> containers = (List<Map<String, Object>>) path(doc, "spec", "template", "spec", "containers");
                return containers.stream().filter(c -> "placeworks".equals(c.get("name"))).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("no Deployment in " + MANIFEST);
    }

    @SuppressWarnings("unchecked")
    private static String javaOptions(Map<String, Object> container) {
        List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
        return env.stream().filter(e -> "JAVA_TOOL_OPTIONS".equals(e.get("name"))).map(e -> string(e.get("value"))).findFirst()
                .orElseThrow(() -> new AssertionError("no JAVA_TOOL_OPTIONS in the placeworks container's env"));
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String... keys) {
        Object at = map;
        for (String key : keys) {
            assertThat(at).as("%s in %s", key, Arrays.toString(keys)).isInstanceOf(Map.class);
            at = ((Map<String, Object>) at).get(key);
        }
        assertThat(at).as(String.join(".", keys)).isNotNull();
        return at;
    }

    private static String string(Object value) {
        return String.valueOf(value).trim();
    }

    private static List<String> options(String line) {
        List<String> options = new ArrayList<>();
        for (String o : line.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                options.add(o);
            }
        }
        return options;
    }

    /** The size an option gives, in MiB (0 when absent): k, m, g suffixes as the JVM reads them. */
    static long size(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).reduce((a, b) -> b).map(o -> {
            Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(o.substring(prefix.length()));
            assertThat(m.matches()).as(o).isTrue();
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2).toLowerCase()) {
                case "k" -> n / 1024;
                case "m" -> n;
                case "g" -> n * 1024;
                default -> n / (1024 * 1024);
            };
        }).orElse(0L);
    }

    /** A Kubernetes quantity in MiB. */
    static long mebibytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|K|M|G)?").matcher(quantity);
        assertThat(m.matches()).as(quantity).isTrue();
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "Ki" -> n / 1024;
            case "Mi" -> n;
            case "Gi" -> n * 1024;
            case "K" -> n * 1000 / (1024 * 1024);
            case "M" -> n * 1000 * 1000 / (1024 * 1024);
            case "G" -> n * 1000 * 1000 * 1000 / (1024 * 1024);
            default -> n / (1024 * 1024);
        };
    }
}
