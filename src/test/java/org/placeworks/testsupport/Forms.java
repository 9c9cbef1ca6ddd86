package org.placeworks.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Posting a page's form as a browser would: the CSRF cookie the form page set, and the same
 * token in the form's hidden field.
 */
public final class Forms {

    public static final String CSRF = "csrf-token";

    private Forms() {
    }

    /** A request carrying the CSRF token that opening {@code formPage} gave; add the form's fields and post it. */
    public static RequestSpecification from(String formPage) {
        String token = given().redirects().follow(false).get(formPage).then().statusCode(200).extract().cookie(CSRF);
        if (token == null) {
            throw new AssertionError(formPage + " set no " + CSRF + " cookie: does its form include {#csrf/}?");
        }
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .cookie(CSRF, token).formParam(CSRF, token);
    }

    /** A multipart request (file upload) carrying the CSRF token that opening {@code formPage} gave. */
    public static RequestSpecification multipartFrom(String formPage) {
        String token = given().redirects().follow(false).get(formPage).then().statusCode(200).extract().cookie(CSRF);
        if (token == null) {
            throw new AssertionError(formPage + " set no " + CSRF + " cookie: does its form include {#csrf/}?");
        }
        return given().redirects().follow(false).cookie(CSRF, token).multiPart(CSRF, token);
    }
}
