package org.placeworks.shared.web;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The layout's settings, read from configuration once: {@link Page} is made for every request, and resolving a
 * configuration property each time it is made cost as much as some pages' own work.
 */
@Singleton
class PageSettings {

    @ConfigProperty(name = "placeworks.council-name")
    String councilName;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String csrfCookie;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name")
    String csrfField;
}
