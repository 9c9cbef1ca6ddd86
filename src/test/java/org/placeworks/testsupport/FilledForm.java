package org.placeworks.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's form as a browser would send it: opened, read from the markup (every field with the
 * value it was rendered with, the CSRF token included), changed field by field, and submitted.
 */
public final class FilledForm {

    private final String action;
    private final boolean multipart;
    private final String csrfCookie;
    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    private FilledForm(String action, boolean multipart, String csrfCookie) {
        this.action = action;
        this.multipart = multipart;
        this.csrfCookie = csrfCookie;
    }

    /** The form on {@code page} that holds a field called {@code field}. */
    public static FilledForm on(String page, String field) {
        Response response = given().redirects().follow(false).when().get(page);
        if (response.statusCode() != 200) {
            throw new AssertionError(page + " answered " + response.statusCode());
        }
        Document document = Jsoup.parse(response.body().asString());
        Element form = document.select("form[method=post]").stream()
                .filter(f -> !f.select("[name=" + field + "]").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError(page + " has no form that posts a field called " + field));
        String target = form.attr("action").isBlank() ? page : form.attr("action");
        FilledForm filled = new FilledForm(URI.create(page).resolve(target).toString(),
                form.attr("enctype").contains("multipart"), response.cookie(Forms.CSRF));
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "textarea" -> filled.add(name, input.text());
                case "select" -> {
                    Element chosen = input.selectFirst("option[selected]");
                    if (chosen == null) {
                        chosen = input.selectFirst("option");
                    }
                    filled.add(name, chosen == null ? "" : chosen.attr("value"));
                }
                default -> {
                    String type = input.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    if (type.equals("file") || type.equals("submit")) {
                        continue;
                    }
                    filled.add(name, input.attr("value"));
                }
            }
        }
        return filled;
    }

    private void add(String name, String value) {
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    /** Types {@code value} into the field, replacing what it held. */
    public FilledForm with(String name, String value) {
        fields.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    public Response submit() {
        RequestSpecification request = given().redirects().follow(false);
        if (csrfCookie != null) {
            request.cookie(Forms.CSRF, csrfCookie);
        }
        if (multipart) {
            fields.forEach((name, values) -> values.forEach(v -> request.multiPart(name, v)));
        } else {
            request.contentType(ContentType.URLENC);
            fields.forEach((name, values) -> request.formParam(name, values.toArray()));
        }
        return request.when().post(action);
    }
}
