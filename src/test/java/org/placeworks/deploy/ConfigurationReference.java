package org.placeworks.deploy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration reference in docs/running.md, written from the code itself: every {@code @ConfigMapping}
 * property, every {@code placeworks.*} property injected with {@code @ConfigProperty}, and every setting that
 * application.properties takes from a {@code PLACEWORKS_*} environment variable; with its default and whether
 * production refuses to start without it.
 */
final class ConfigurationReference {

    static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    static final Path SOURCES = Path.of("src/main/java");

    /** One setting as a council sets it. */
    record Setting(String property, String variable, String defaultValue, boolean requiredInProduction, String meaning) {
    }

    // A default may itself be one expression, e.g. ${PLACEWORKS_DB_MIGRATION_URL:${quarkus.datasource.jdbc.url}}.
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(PLACEWORKS_[A-Z0-9_]+)(?::((?:\\$\\{[^}]*}|[^}])*))?}");

    private final Map<String, Setting> settings = new LinkedHashMap<>();
    private final List<String> maps = new ArrayList<>();

    static List<Setting> read() throws IOException {
        ConfigurationReference reference = new ConfigurationReference();
        reference.fromProperties();
        Collection<JavaClass> classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.placeworks");
        for (JavaClass type : classes) {
            if (type.isAnnotatedWith(ConfigMapping.class)) {
                Class<?> mapping = type.reflect();
                reference.fromMapping(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping);
            }
        }
        for (JavaClass type : classes) {
            type.getFields().stream().filter(f -> f.isAnnotatedWith(ConfigProperty.class))
                    .forEach(f -> reference.fromInjection(type, f.getAnnotationOfType(ConfigProperty.class)));
            type.getConstructors().forEach(c -> c.getParameters().stream().filter(p -> p.isAnnotatedWith(ConfigProperty.class))
                    .forEach(p -> reference.fromInjection(type, p.getAnnotationOfType(ConfigProperty.class))));
        }
        // A map's entries (the unit costs) are the council's own data: one row for the map, not one per default entry.
        reference.settings.keySet().removeIf(key -> reference.maps.stream()
                .anyMatch(map -> key.startsWith(map + ".") && !key.equals(map + ".*")));
        return reference.settings.values().stream().sorted(Comparator.comparing(Setting::property)).toList();
    }

    /** The reference as the Markdown table docs/running.md holds. */
    static String table(List<Setting> settings) {
        StringBuilder out = new StringBuilder("| environment variable (property) | default | required in production | what it is |\n")
                .append("| --- | --- | --- | --- |\n");
        for (Setting s : settings) {
            out.append("| `").append(s.variable()).append("` (`").append(s.property()).append("`) | ")
                    .append(s.defaultValue() == null ? "none" : s.defaultValue().isEmpty() ? "empty" : "`" + s.defaultValue().replace("|", "\\|") + "`")
                    .append(" | ").append(s.requiredInProduction() ? "**yes**" : "no")
                    .append(" | ").append(s.meaning().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    // --- application.properties --------------------------------------------------------------------------------

    private void fromProperties() throws IOException {
        List<String> comment = new ArrayList<>();
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> production = new LinkedHashMap<>();
        Map<String, String> meanings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PROPERTIES)) {
            String text = line.strip();
            if (text.startsWith("#")) {
                String said = text.substring(1).strip();
                if (said.startsWith("---")) {
                    comment.clear();
                } else {
                    comment.add(said);
                }
                continue;
            }
            int eq = text.indexOf('=');
            if (text.isEmpty() || eq < 0) {
                comment.clear();
                continue;
            }
            String key = text.substring(0, eq).strip();
            String value = text.substring(eq + 1).strip();
            if (key.startsWith("%prod.")) {
                production.put(key.substring("%prod.".length()), value);
            } else if (!key.startsWith("%")) {
                plain.put(key, value);
                if (!comment.isEmpty()) {
                    meanings.put(key, firstSentence(String.join(" ", comment)));
                }
            }
            comment.clear();
        }
        for (var entry : plain.entrySet()) {
            String key = entry.getKey();
            Matcher variable = VARIABLE.matcher(entry.getValue());
            boolean fromVariable = variable.find();
            if (!fromVariable && !key.startsWith("placeworks.")) {
                continue;
            }
            String name = fromVariable ? variable.group(1) : environmentName(key);
            String defaultValue = fromVariable ? variable.group(2) : entry.getValue();
            // Required when what production reads is a variable with no default (a %prod line, or the plain line when
            // only the dev, test and local profiles give a default).
            String prod = production.getOrDefault(key, entry.getValue());
            boolean required = VARIABLE.matcher(prod).matches() && !prod.contains(":");
            settings.put(key, new Setting(key, name, defaultValue, required, meanings.getOrDefault(key, "")));
        }
        // Settings only production reads from the environment.
        for (var entry : production.entrySet()) {
            Matcher variable = VARIABLE.matcher(entry.getValue());
            if (!settings.containsKey(entry.getKey()) && variable.find()) {
                settings.put(entry.getKey(), new Setting(entry.getKey(), variable.group(1), variable.group(2),
                        variable.group(2) == null, "production only"));
            }
        }
    }

    // --- @ConfigMapping -------------------------------------------------------------------------------------------

    private void fromMapping(String prefix, Class<?> mapping) throws IOException {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName named = method.getAnnotation(WithName.class);
            String property = prefix + "." + (named != null ? named.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith("org.placeworks")) {
                fromMapping(property, type);
                continue;
            }
            WithDefault declared = method.getAnnotation(WithDefault.class);
            boolean optional = type == Optional.class || type == OptionalInt.class || type == OptionalLong.class;
            if (Map.class.isAssignableFrom(type)) {
                maps.add(property);
                property = property + ".*";
            }
            String meaning = javadoc(mapping, method.getName() + "()");
            if (Map.class.isAssignableFrom(type)) {
                String base = property.substring(0, property.length() - 2);
                settings.put(property, new Setting(property, environmentName(base) + "_<KEY>_...", "the entries in application.properties",
                        false, meaning));
                continue;
            }
            Setting known = settings.get(property);
            String defaultValue = known != null ? known.defaultValue() : declared != null ? declared.value() : null;
            settings.put(property, new Setting(property, known != null ? known.variable() : environmentName(property), defaultValue,
                    known != null ? known.requiredInProduction() : defaultValue == null && !optional,
                    meaning.isEmpty() && known != null ? known.meaning() : meaning));
        }
    }

    // --- @ConfigProperty ------------------------------------------------------------------------------------------

    private void fromInjection(JavaClass owner, ConfigProperty property) {
        String name = property.name();
        if (!name.startsWith("placeworks.") || settings.containsKey(name)) {
            return;
        }
        String defaultValue = ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? null : property.defaultValue();
        settings.put(name, new Setting(name, environmentName(name), defaultValue, defaultValue == null,
                "read by " + owner.getSimpleName()));
    }

    // --- text -----------------------------------------------------------------------------------------------------

    /** The first sentence of the Javadoc just above a method's declaration in its source file, if any. */
    private static String javadoc(Class<?> type, String signature) throws IOException {
        Path source = SOURCES.resolve(type.getName().replace('.', '/').replaceAll("\\$.*", "") + ".java");
        if (!Files.exists(source)) {
            return "";
        }
        String text = Files.readString(source);
        Matcher doc = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*[\\w<>?,. \\[\\]]+\\s"
                + Pattern.quote(signature), Pattern.DOTALL).matcher(text);
        String found = "";
        while (doc.find()) {
            found = doc.group(1);
        }
        return firstSentence(found.replaceAll("\\s*\\*\\s*", " ").replaceAll("\\{@\\w+ #?([^}]*)}", "$1").strip());
    }

    private static String firstSentence(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        // A full stop ends the sentence when a capital or the end follows ("e.g. a key" does not end one).
        Matcher end = Pattern.compile("\\.(\\s+[A-Z(]|$)").matcher(flat);
        return end.find() ? flat.substring(0, end.start() + 1) : flat;
    }

    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** The environment variable that MicroProfile Config maps to a property. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
