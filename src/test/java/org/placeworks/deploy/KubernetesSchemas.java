package org.placeworks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The published schemas of the kinds deploy/k8s uses, vendored in src/test/resources/k8s-schemas (its README says
 * where each came from), made strict the way kubeconform's {@code -strict} does: an object that lists its properties
 * accepts no other, so a misspelt field is an error rather than something Kubernetes silently drops. Objects that
 * Kubernetes itself leaves open ({@code x-kubernetes-preserve-unknown-fields}, maps) stay open.
 */
final class KubernetesSchemas {

    static final Path DIRECTORY = Path.of("src/test/resources/k8s-schemas");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OBJECT_META = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    /** Schemas by "apiVersion kind", e.g. "apps/v1 Deployment". */
    private final Map<String, JsonSchema> byKind = new HashMap<>();

    private KubernetesSchemas() {
    }

    static KubernetesSchemas load() throws IOException {
        KubernetesSchemas schemas = new KubernetesSchemas();
        ObjectNode definitions = (ObjectNode) JSON.readTree(DIRECTORY.resolve("kubernetes-1.30-definitions.json").toFile())
                .get("definitions");
        Map<String, String> rootsByKind = new HashMap<>();
        definitions.properties().forEach(d -> {
            JsonNode kinds = d.getValue().get("x-kubernetes-group-version-kind");
            if (kinds != null && d.getValue().path("properties").has("kind")) {
                kinds.forEach(k -> rootsByKind.put(apiVersion(k.get("group").asText(), k.get("version").asText()) + " "
                        + k.get("kind").asText(), d.getKey()));
            }
        });
        definitions.properties().forEach(d -> strict(d.getValue()));
        // The published spec writes these as strings with a format; the API server takes numbers too.
        definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", anyOf("string", "integer"));
        definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", anyOf("string", "number"));

        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        rootsByKind.forEach((kind, definition) -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition);
            root.set("definitions", definitions);
            schemas.byKind.put(kind, factory.getSchema(root));
        });

        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path crd : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode spec = YAML.readTree(crd.toFile()).get("spec");
                String group = spec.get("group").asText();
                String kind = spec.get("names").get("kind").asText();
                for (JsonNode version : spec.get("versions")) {
                    ObjectNode root = (ObjectNode) version.get("schema").get("openAPIV3Schema").deepCopy();
                    strict(root);
                    // A CRD's schema leaves the envelope to the API server: check it as the server does.
                    ObjectNode properties = (ObjectNode) root.get("properties");
                    properties.putObject("apiVersion").putArray("enum").add(group + "/" + version.get("name").asText());
                    properties.putObject("kind").putArray("enum").add(kind);
                    properties.putObject("metadata").put("$ref", "#/definitions/" + OBJECT_META);
                    root.set("definitions", definitions);
                    schemas.byKind.put(group + "/" + version.get("name").asText() + " " + kind, factory.getSchema(root));
                }
            }
        }
        return schemas;
    }

    /** What is wrong with one document; a kind with no vendored schema is wrong too (vendor its schema). */
    List<String> problems(JsonNode document) {
        String kind = document.path("apiVersion").asText() + " " + document.path("kind").asText();
        JsonSchema schema = byKind.get(kind);
        if (schema == null) {
            return List.of("no schema for " + kind + " in " + DIRECTORY);
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(document)) {
            problems.add(kind + ": " + m.getMessage());
        }
        return problems;
    }

    /** Every document in a manifest file (the empty ones between separators left out). */
    static List<JsonNode> documents(Path manifest) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(manifest.toFile())) {
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode d = it.next();
                if (d != null && !d.isNull() && !d.isMissingNode()) {
                    documents.add(d);
                }
            }
        }
        return documents;
    }

    /**
     * Closes every object that lists its properties, as kubeconform's -strict schemas do, and drops what the
     * validator does not need (descriptions, Kubernetes' own x- keywords, OpenAPI's nullable).
     */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode schema) {
            boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (schema.has("properties") && !schema.has("additionalProperties") && !open) {
                schema.put("additionalProperties", false);
            }
            List<String> drop = new ArrayList<>();
            schema.fieldNames().forEachRemaining(keyword -> {
                if (keyword.equals("description") || keyword.startsWith("x-") || keyword.equals("nullable")) {
                    drop.add(keyword);
                }
            });
            schema.remove(drop);
            // The values under "properties" are schemas (its keys are field names, which may be "description").
            if (schema.get("properties") instanceof ObjectNode properties) {
                properties.forEach(KubernetesSchemas::strict);
            }
            for (String keyword : List.of("items", "additionalProperties", "allOf", "anyOf", "oneOf", "not")) {
                if (schema.has(keyword)) {
                    strict(schema.get(keyword));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(KubernetesSchemas::strict);
        }
    }

    private static ObjectNode anyOf(String... types) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode any = schema.putArray("anyOf");
        for (String type : types) {
            any.addObject().put("type", type);
        }
        return schema;
    }

    private static String apiVersion(String group, String version) {
        return group.isEmpty() ? version : group + "/" + version;
    }
}
