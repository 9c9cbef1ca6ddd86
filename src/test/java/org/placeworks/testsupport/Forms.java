package org.placeworks.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Posting a page's form as a browser would: the CSRF cookie the form page set, and the same
 * token in the form's hidden field. Every field the test posts must be one the page renders in a
 * form posting to the same path, so a test cannot pass by posting names the page never sends
 * ({@link RenderedForm} goes further and starts from the rendered values).
 */
public final class Forms {

    public static final String CSRF = "csrf-token";

    private Forms() {
    }

    /** A request carrying the CSRF token that opening {@code formPage} gave; add the form's fields and post it. */
    public static RequestSpecification from(String formPage) {
        Response page = open(formPage);
        return given().redirects().follow(false).contentType(ContentType.URLENC).filter(onlyRendered(formPage, page))
                .cookie(CSRF, page.getCookie(CSRF)).formParam(CSRF, page.getCookie(CSRF));
    }

    /** A multipart request (file upload) carrying the CSRF token that opening {@code formPage} gave. */
    public static RequestSpecification multipartFrom(String formPage) {
        Response page = open(formPage);
        return given().redirects().follow(false).filter(onlyRendered(formPage, page))
                .cookie(CSRF, page.getCookie(CSRF)).multiPart(CSRF, page.getCookie(CSRF));
    }

    /**
     * For a hostile test only: posts whatever fields it is given, with the page's CSRF token, as a
     * forged request would (names and values no browser would send).
     */
    public static RequestSpecification forged(String formPage) {
        Response page = open(formPage);
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(CSRF, page.getCookie(CSRF)).formParam(CSRF, page.getCookie(CSRF));
    }

    /** For a hostile test only: a multipart post of whatever parts it is given, with the page's CSRF token. */
    public static RequestSpecification forgedMultipart(String formPage) {
        Response page = open(formPage);
        return given().redirects().follow(false).cookie(CSRF, page.getCookie(CSRF)).multiPart(CSRF, page.getCookie(CSRF));
    }

    private static Response open(String formPage) {
        Response page = given().redirects().follow(false).get(formPage);
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + formPage + " answered " + page.statusCode() + ", not the form");
        }
        if (page.getCookie(CSRF) == null) {
            throw new AssertionError(formPage + " set no " + CSRF + " cookie: does its form include {#csrf/}?");
        }
        return page;
    }

    /** Fails the post when it sends a field that no form on the page, posting to the same path, renders. */
    private static Filter onlyRendered(String formPage, Response page) {
        Document document = Jsoup.parse(page.asString());
        return (request, response, context) -> {
            String path = URI.create(request.getURI()).getPath();
            List<Element> forms = document.select("form").stream()
                    .filter(f -> URI.create(f.attr("action").isBlank() ? formPage : f.attr("action")).getPath().equals(path))
                    .toList();
            if (forms.isEmpty()) {
                throw new AssertionError(formPage + " has no form posting to " + path);
            }
            Set<String> rendered = new HashSet<>();
            forms.forEach(f -> f.select("input[name], select[name], textarea[name], button[name]")
                    .forEach(field -> rendered.add(field.attr("name"))));
            Set<String> posted = new HashSet<>(request.getFormParams().keySet());
            request.getMultiPartParams().stream().map(MultiPartSpecification::getControlName).forEach(posted::add);
            posted.removeAll(rendered);
            if (!posted.isEmpty()) {
                throw new AssertionError("The form on " + formPage + " posting to " + path + " has no field " + posted
                        + "; it renders " + rendered);
            }
            return context.next(request, response);
        };
    }
}
