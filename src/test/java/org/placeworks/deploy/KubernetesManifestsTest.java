package org.placeworks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every document in deploy/k8s is valid against the published schema of its apiVersion and kind (Kubernetes 1.30,
 * CloudNativePG 1.30, the Keycloak operator 26), strictly: a misspelt field, a wrong type or a kind with no schema
 * fails the build, where kubectl would drop the field or the cluster would refuse the manifest on the day.
 */
class KubernetesManifestsTest {

    static final Path MANIFESTS = Path.of("deploy/k8s");

    static KubernetesSchemas schemas;

    @BeforeAll
    static void loadSchemas() throws IOException {
        schemas = KubernetesSchemas.load();
    }

    @Test
    void everyManifestIsValidAgainstThePublishedSchemaOfItsKind() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(MANIFESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode document : KubernetesSchemas.documents(file)) {
                    checked.add(document.path("kind").asText());
                    schemas.problems(document).forEach(p -> problems.add(file.getFileName() + " "
                            + document.path("metadata").path("name").asText() + ": " + p));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).contains("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler",
                "Cluster", "Pooler", "Keycloak");
    }

    @Test
    void aMisspeltFieldFails() throws IOException {
        ObjectNode deployment = find("placeworks.yaml", "Deployment");
        ObjectNode spec = (ObjectNode) deployment.get("spec");
        spec.set("replica", spec.remove("replicas"));

        assertThat(schemas.problems(deployment)).anySatisfy(p -> assertThat(p).contains("replica"));
    }

    @Test
    void aMisspeltFieldDeepInAContainerFails() throws IOException {
        ObjectNode deployment = find("placeworks.yaml", "Deployment");
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));

        assertThat(schemas.problems(deployment)).anySatisfy(p -> assertThat(p).contains("readinesProbe"));
    }

    @Test
    void aWrongTypeFails() throws IOException {
        ObjectNode deployment = find("placeworks.yaml", "Deployment");
        ((ObjectNode) deployment.get("spec")).put("replicas", "two");

        assertThat(schemas.problems(deployment)).anySatisfy(p -> assertThat(p).contains("replicas").contains("integer"));
    }

    @Test
    void theOperatorsKindsAreCheckedStrictlyToo() throws IOException {
        ObjectNode pooler = find("postgres.yaml", "Pooler");
        ObjectNode pgbouncer = (ObjectNode) pooler.at("/spec/pgbouncer");
        pgbouncer.set("poolmode", pgbouncer.remove("poolMode"));
        assertThat(schemas.problems(pooler)).anySatisfy(p -> assertThat(p).contains("poolmode"));

        ObjectNode cluster = find("postgres.yaml", "Cluster");
        ((ObjectNode) cluster.get("spec")).put("instances", "three");
        assertThat(schemas.problems(cluster)).anySatisfy(p -> assertThat(p).contains("instances"));

        ObjectNode keycloak = find("keycloak.yaml", "Keycloak");
        ((ObjectNode) keycloak.at("/spec/db")).put("hostname", "keycloak-db-rw");
        assertThat(schemas.problems(keycloak)).anySatisfy(p -> assertThat(p).contains("hostname"));
    }

    @Test
    void aValueOutsideItsEnumFails() throws IOException {
        ObjectNode pooler = find("postgres.yaml", "Pooler");
        ((ObjectNode) pooler.at("/spec/pgbouncer")).put("poolMode", "statement");

        assertThat(schemas.problems(pooler)).anySatisfy(p -> assertThat(p).contains("poolMode"));
    }

    @Test
    void aKindWithNoVendoredSchemaFails() throws IOException {
        ObjectNode deployment = find("placeworks.yaml", "Deployment");
        deployment.put("apiVersion", "apps/v1beta1");

        assertThat(schemas.problems(deployment)).containsExactly(
                "no schema for apps/v1beta1 Deployment in " + KubernetesSchemas.DIRECTORY);
    }

    private static ObjectNode find(String file, String kind) throws IOException {
        return KubernetesSchemas.documents(MANIFESTS.resolve(file)).stream()
                .filter(d -> d.path("kind").asText().equals(kind))
                .map(d -> (ObjectNode) d)
                .findFirst().orElseThrow(() -> new AssertionError(file + " holds no " + kind));
    }
}
