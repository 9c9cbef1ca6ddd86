package org.placeworks.open311.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.placeworks.shared.web.MachineCsrf;

/**
 * Open311 posts come from machines (FixMyStreet's server), not browsers: a plain form with the client's
 * api_key in it, no cookie and no CSRF token. The key is what authorises them; nothing ambient (a session
 * cookie) does, so a forged cross-site post has nothing to ride on. The CSRF filter, which checks every
 * form post, is therefore handed a matching one-time token for these posts alone, replacing any CSRF cookie
 * the request carried. Every other form keeps the full check.
 */
@ApplicationScoped
public class Open311Routes {

    static final Pattern OPEN311_POSTS = Pattern.compile("/open311/v2/[^/]+\\.(xml|json)");

    @Inject
    MachineCsrf csrf;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 110).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.method() == HttpMethod.POST && OPEN311_POSTS.matcher(request.path()).matches()) {
                csrf.handToken(request);
            }
            context.next();
        });
    }
}
