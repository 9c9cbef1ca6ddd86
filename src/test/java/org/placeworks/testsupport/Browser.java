package org.placeworks.testsupport;

import java.io.IOException;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.Cookie;

/**
 * A scripted browser that signs in through Keycloak's own login page. Real browsers treat the
 * loopback address as a secure origin and keep Keycloak's {@code Secure} cookies over plain HTTP;
 * HtmlUnit does not, so the login page's cookies are stored again without the flag.
 */
public final class Browser {

    private Browser() {
    }

    public static WebClient open() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setRedirectEnabled(true);
        return browser;
    }

    /** Fills in and submits Keycloak's login form. */
    public static HtmlPage signIn(HtmlPage login, String username, String password) throws IOException {
        keepLoopbackCookies(login);
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    /** Stores the cookies Keycloak set on this page without their Secure flag, as a browser does on loopback. */
    private static void keepLoopbackCookies(HtmlPage page) {
        WebResponse response = page.getWebResponse();
        String host = response.getWebRequest().getUrl().getHost();
        for (NameValuePair header : response.getResponseHeaders()) {
            if (!header.getName().equalsIgnoreCase("Set-Cookie")) {
                continue;
            }
            String[] parts = header.getValue().split(";");
            int eq = parts[0].indexOf('=');
            String path = "/";
            for (String part : parts) {
                if (part.strip().toLowerCase().startsWith("path=")) {
                    path = part.strip().substring(5);
                }
            }
            page.getWebClient().getCookieManager().addCookie(
                    new Cookie(host, parts[0].substring(0, eq).strip(), parts[0].substring(eq + 1).strip(), path, null, false, true));
        }
    }
}
