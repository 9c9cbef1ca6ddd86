package org.placeworks.access;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every route the application serves, read from the JAX-RS annotations of its compiled resources,
 * so a new page or endpoint is in the table the moment it is written, whether or not anyone
 * remembered to add it to the access matrix.
 */
final class RouteTable {

    /** One route: an HTTP method and a path template such as {@code /cases/{id}/close}. */
    /** {@code consumes} is the media type the route reads (a form, a file upload, JSON, CSV), for probing it as a client would. */
    record Route(String method, String path, String consumes) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        boolean reads() {
            return method.equals("GET");
        }
    }

    private RouteTable() {
    }

    static List<Route> all() {
        java.nio.file.Path classes = Paths.get(System.getProperty("placeworks.project.dir", "."), "target", "classes");
        List<Route> routes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/placeworks"))) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(RouteTable::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .forEach(c -> routes.addAll(routesOf(c)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::method));
        return routes;
    }

    private static List<Route> routesOf(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        List<Route> routes = new ArrayList<>();
        for (Method m : resource.getDeclaredMethods()) {
            String verb = verbOf(m);
            if (verb != null) {
                Path sub = m.getAnnotation(Path.class);
                String consumes = consumes(resource, m);
                expand(join(base, sub == null ? "" : sub.value())).forEach(path -> routes.add(new Route(verb, path, consumes)));
            }
        }
        return routes;
    }

    private static String consumes(Class<?> resource, Method m) {
        if (java.util.Arrays.stream(m.getParameterTypes()).anyMatch(t -> t.getSimpleName().equals("FileUpload"))) {
            return "multipart/form-data";
        }
        jakarta.ws.rs.Consumes consumes = m.getAnnotation(jakarta.ws.rs.Consumes.class);
        consumes = consumes == null ? resource.getAnnotation(jakarta.ws.rs.Consumes.class) : consumes;
        if (consumes != null) {
            return consumes.value()[0];
        }
        return join(resource.getAnnotation(Path.class).value(), "").startsWith("/api/") ? "application/json"
                : "application/x-www-form-urlencoded";
    }

    private static String verbOf(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * The concrete paths of a template: a parameter whose pattern is a list of literal steps
     * ({step: consent|close}) is one route per step, because each step is its own action; any other
     * pattern ({id: [0-9a-f-]{36}}) is just the parameter.
     */
    static List<String> expand(String template) {
        int open = template.indexOf('{');
        if (open < 0) {
            return List.of(template);
        }
        int depth = 0;
        int close = open;
        for (; close < template.length(); close++) {
            char ch = template.charAt(close);
            depth += ch == '{' ? 1 : ch == '}' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        String inside = template.substring(open + 1, close);
        String head = template.substring(0, open);
        List<String> tails = expand(template.substring(close + 1));
        int colon = inside.indexOf(':');
        String name = (colon < 0 ? inside : inside.substring(0, colon)).strip();
        String pattern = colon < 0 ? "" : inside.substring(colon + 1).strip();
        List<String> choices = pattern.matches("[\\w/-]+(\\|[\\w/-]+)+") ? List.of(pattern.split("\\|")) : List.of("{" + name + "}");
        List<String> paths = new ArrayList<>();
        choices.forEach(choice -> tails.forEach(tail -> paths.add(head + choice + tail)));
        return paths;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
