package org.placeworks.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as the page renders it, submitted as a browser would: the fields are read from the
 * markup (inputs with their values, the selected option of each select, checked radios and
 * checkboxes, textareas, hidden fields such as the CSRF token and the record's version), the test
 * changes some of them by name, and the form is sent to its own action with its own method. Naming
 * a field the form does not have, or a choice it does not offer, fails the test: a page test must
 * prove that what the page renders is what its handler reads.
 */
public final class RenderedForm {

    private final String page;
    private final String action;
    private final String method;
    private final boolean multipart;
    private final String csrfCookie;
    /** Every field name the form has, with the values a browser would send now. */
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    /** For radios, checkboxes and selects: the values offered. */
    private final Map<String, Set<String>> offered = new LinkedHashMap<>();
    private final Set<String> fileFields = new LinkedHashSet<>();
    private final Map<String, Upload> files = new LinkedHashMap<>();
    /** Named submit buttons by name: the values they send. */
    private final Map<String, List<String>> buttons = new LinkedHashMap<>();
    private String[] pressed;

    private record Upload(String fileName, byte[] content, String type) {
    }

    private RenderedForm(String page, Element form, String csrfCookie) {
        this.page = page;
        String target = form.attr("action");
        this.action = target.isBlank() ? page : target;
        this.method = form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase();
        this.multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
        this.csrfCookie = csrfCookie;
        read(form);
    }

    /** The one form on the page (a page with several must say which, by its action). */
    public static RenderedForm open(String page) {
        Page opened = Page.get(page);
        List<Element> forms = opened.document.select("main form");
        if (forms.size() != 1) {
            throw new AssertionError(page + " has " + forms.size() + " forms; name one by its action: "
                    + forms.stream().map(f -> f.attr("action")).toList());
        }
        return new RenderedForm(page, forms.get(0), opened.csrf);
    }

    /** The form on the page that posts to {@code action} (the first, where items repeat one; a post before a get). */
    public static RenderedForm open(String page, String action) {
        Page opened = Page.get(page);
        // Where a search (get) and a change (post) share an action, the change is the form under test.
        Element form = opened.document.select("form").stream().filter(f -> sameTarget(f.attr("action"), action))
                .sorted(java.util.Comparator.comparing(f -> !f.attr("method").equalsIgnoreCase("post"))).findFirst()
                .orElseThrow(() -> new AssertionError(page + " has no form posting to " + action + "; it has: "
                        + opened.document.select("form").stream().map(f -> f.attr("action")).toList()));
        return new RenderedForm(page, form, opened.csrf);
    }

    /** The form on the page that posts a field called {@code field} (the first such, a post before a get). */
    public static RenderedForm holding(String page, String field) {
        Page opened = Page.get(page);
        Element form = opened.document.select("form").stream().filter(f -> !f.select("[name=" + field + "]").isEmpty())
                .sorted(java.util.Comparator.comparing(f -> !f.attr("method").equalsIgnoreCase("post"))).findFirst()
                .orElseThrow(() -> new AssertionError(page + " has no form with a field called " + field));
        return new RenderedForm(page, form, opened.csrf);
    }

    /** Types into a field, or chooses an option of a select or radios. */
    public RenderedForm set(String name, String value) {
        return setAll(name, value);
    }

    /** Sets every value of a field: the boxes of a checkbox list to tick, or nothing to clear it. */
    public RenderedForm setAll(String name, String... chosen) {
        known(name);
        Set<String> options = offered.get(name);
        for (String value : chosen) {
            if (options != null && !options.contains(value)) {
                throw new AssertionError("The form on " + page + " offers no " + value + " for " + name + "; it offers " + options);
            }
        }
        values.put(name, new ArrayList<>(List.of(chosen)));
        return this;
    }

    /** Types a date into the GOV.UK date input {@code name} (its -day, -month and -year boxes). */
    public RenderedForm date(String name, int day, int month, int year) {
        return set(name + "-day", String.valueOf(day)).set(name + "-month", String.valueOf(month))
                .set(name + "-year", String.valueOf(year));
    }

    /** Ticks one more box of a checkbox list. */
    public RenderedForm tick(String name, String value) {
        known(name);
        List<String> now = new ArrayList<>(values.get(name));
        now.add(value);
        return setAll(name, now.toArray(String[]::new));
    }

    /**
     * Fills fields by name as a careless or hostile user might, with values the page does not offer
     * (a score of 11): the field must still be on the form. A named submit button is pressed.
     */
    public RenderedForm fill(Map<String, ?> fields) {
        fields.forEach((name, value) -> {
            List<String> list = value instanceof List<?> many ? many.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            if (buttons.containsKey(name) && !values.containsKey(name)) {
                pressed = new String[] {name, list.get(0)};
            } else {
                known(name);
                values.put(name, new ArrayList<>(list));
            }
        });
        return this;
    }

    /** Chooses a file for a file upload field. */
    public RenderedForm attach(String name, String fileName, byte[] content, String type) {
        if (!fileFields.contains(name)) {
            throw new AssertionError("The form on " + page + " has no file field " + name + "; it has " + values.keySet());
        }
        files.put(name, new Upload(fileName, content, type));
        return this;
    }

    /** Submits with a named button (such as "Complete the assessment") rather than the first one. */
    public RenderedForm press(String name, String value) {
        if (!buttons.getOrDefault(name, List.of()).contains(value)) {
            throw new AssertionError("The form on " + page + " has no button " + name + "=" + value + "; it has " + buttons);
        }
        pressed = new String[] {name, value};
        return this;
    }

    /** What the field holds now: its first value, or empty. */
    public String value(String name) {
        known(name);
        List<String> list = values.get(name);
        return list.isEmpty() ? "" : list.get(0);
    }

    /** Every value the field holds now (a field repeated in each row of a table has one per row). */
    public List<String> values(String name) {
        known(name);
        return List.copyOf(values.get(name));
    }

    /** The choices a select, radios or checkboxes offer, in the page's order. */
    public List<String> options(String name) {
        known(name);
        return List.copyOf(offered.getOrDefault(name, Set.of()));
    }

    public Set<String> fields() {
        return values.keySet();
    }

    public String action() {
        return action;
    }

    /** Sends the form to its action with its method, carrying the CSRF cookie the page set; redirects are not followed. */
    public Response submit() {
        RequestSpecification request = given().redirects().follow(false);
        if (csrfCookie != null) {
            request.cookie(Forms.CSRF, csrfCookie);
        }
        Map<String, List<String>> sent = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (!list.isEmpty()) {
                sent.put(name, list);
            }
        });
        if (pressed != null) {
            sent.put(pressed[0], List.of(pressed[1]));
        } else if (!buttons.isEmpty()) {
            // A browser sends the first submit button when the form is submitted from a field.
            var first = buttons.entrySet().iterator().next();
            sent.put(first.getKey(), List.of(first.getValue().get(0)));
        }
        if (method.equals("get")) {
            sent.forEach((name, list) -> request.queryParam(name, list));
            return request.get(action);
        }
        if (multipart) {
            sent.forEach((name, list) -> list.forEach(v -> request.multiPart(name, v)));
            files.forEach((name, file) -> request.multiPart(name, file.fileName(), file.content(), file.type()));
        } else {
            request.contentType(ContentType.URLENC);
            sent.forEach((name, list) -> request.formParam(name, list));
        }
        return request.post(action);
    }

    private void known(String name) {
        if (!values.containsKey(name)) {
            throw new AssertionError("The form on " + page + " (to " + action + ") has no field " + name + "; it has "
                    + values.keySet());
        }
    }

    private void read(Element form) {
        for (Element field : form.select("input, select, textarea, button")) {
            String name = field.attr("name");
            if (name.isBlank()) {
                continue;
            }
            String type = field.attr("type").isBlank() ? "text" : field.attr("type").toLowerCase();
            switch (field.tagName()) {
                case "select" -> {
                    Set<String> options = field.select("option").stream().map(RenderedForm::optionValue)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                    offered.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(options);
                    List<String> selected = field.select("option[selected]").stream().map(RenderedForm::optionValue).toList();
                    if (selected.isEmpty() && !field.hasAttr("multiple") && !options.isEmpty()) {
                        selected = List.of(options.iterator().next());
                    }
                    values.computeIfAbsent(name, n -> new ArrayList<>()).addAll(selected);
                }
                case "textarea" -> values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.val());
                case "button" -> {
                    if (type.equals("submit") || field.attr("type").isBlank()) {
                        buttons.computeIfAbsent(name, n -> new ArrayList<>()).add(field.val());
                    }
                }
                default -> readInput(field, name, type);
            }
        }
    }

    private void readInput(Element field, String name, String type) {
        switch (type) {
            case "checkbox", "radio" -> {
                String value = field.hasAttr("value") ? field.val() : "on";
                offered.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(value);
                List<String> now = values.computeIfAbsent(name, n -> new ArrayList<>());
                if (field.hasAttr("checked")) {
                    now.add(value);
                }
            }
            case "submit", "image" -> buttons.computeIfAbsent(name, n -> new ArrayList<>()).add(field.val());
            case "reset", "button" -> {
            }
            case "file" -> {
                fileFields.add(name);
            }
            default -> values.computeIfAbsent(name, n -> new ArrayList<>()).add(field.val());
        }
    }

    /** The same path and query, whether written with the app's address or without. */
    private static boolean sameTarget(String rendered, String wanted) {
        java.net.URI a = java.net.URI.create(rendered);
        java.net.URI b = java.net.URI.create(wanted);
        return java.util.Objects.equals(a.getPath(), b.getPath()) && java.util.Objects.equals(a.getQuery(), b.getQuery());
    }

    private static String optionValue(Element option) {
        return option.hasAttr("value") ? option.val() : option.text();
    }

    /** A page as fetched: its markup and the CSRF cookie it set. */
    private record Page(Document document, String csrf) {
        static Page get(String path) {
            Response response = given().redirects().follow(false).get(path);
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ", not the form");
            }
            return new Page(Jsoup.parse(response.asString()), response.getCookie(Forms.CSRF));
        }
    }
}
