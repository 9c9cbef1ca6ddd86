package org.placeworks.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven from the keyboard only: every journey moves focus with Tab,
 * types into the focused control and presses Enter or Space, so a control the keyboard cannot reach
 * fails the journey. Each page of ours the journey reaches is checked by axe-core (WCAG 2.2 A and AA,
 * no violation allowed) and at 320 CSS px wide (WCAG 1.4.10 reflow: the page never scrolls sideways).
 *
 * <p>The browser and its driver come from Debian's packages ({@code chromium}, {@code chromium-driver}),
 * named by path so Selenium never downloads one. Without them the tests fail, saying what to install.
 */
public final class Chromium implements AutoCloseable {

    public static final Path BROWSER = Path.of(System.getProperty("placeworks.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("placeworks.chromedriver", "/usr/bin/chromedriver"));
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The narrowest width WCAG 1.4.10 asks a page to reflow to: 1280 px at 400% zoom. */
    static final int REFLOW_WIDTH = 320;
    private static final int MAX_TABS = 400;
    /** The innermost elements that reach past the window's right edge, to say what to fix. */
    private static final String TOO_WIDE = "const w = window.innerWidth; return [...document.querySelectorAll('body *')]"
            + ".filter(e => !e.closest('.pw-table-scroll') && e.getBoundingClientRect().right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))"
            + ".slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
            + " ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' \"' + (e.textContent || '').trim().slice(0, 40) + '\"').join('; ');";

    private final ChromeDriver driver;
    private final Path profile;
    private final URL app;
    /** Paths already checked by axe and at 320 px (a page reached twice is checked once). */
    private final Set<String> checked = new LinkedHashSet<>();

    private Chromium(ChromeDriver driver, Path profile, URL app) {
        this.driver = driver;
        this.profile = profile;
        this.app = app;
    }

    /** Starts a headless Chromium for a test class; {@code app} is the test's own HTTP port. */
    public static Chromium open(URL app) {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory("placeworks-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-GB",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", profile.resolve("downloads").toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Chromium(driver, profile, app);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails (never skips) when Debian's Chromium or its driver is missing. */
    public static void requireInstalled() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("The browser tests need Debian's Chromium and its driver (" + BROWSER + ", " + DRIVER
                    + "), and one of them is missing. Install them with: apt-get install -y chromium chromium-driver");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return profile.resolve("downloads");
    }

    public String url(String path) {
        return URI.create(app.toString()).resolve(path).toString();
    }

    /** Opens a page by its address, as someone typing it or following a bookmark does. */
    public void visit(String path) {
        driver.get(url(path));
        checkPage();
    }

    /** Signs in on Keycloak's own login page from the keyboard and lands on our home page. */
    public void signIn(String username) {
        driver.get(url("/"));
        await(d -> d.getCurrentUrl().startsWith(TestStack.keycloakUrl()) && !d.findElements(By.id("kc-form-login")).isEmpty(),
                "Keycloak's sign-in page");
        tabTo(e -> "username".equals(e.getAttribute("name")), "the user name field").sendKeys(username);
        tabTo(e -> "password".equals(e.getAttribute("name")), "the password field").sendKeys(username, Keys.ENTER);
        await(d -> d.getCurrentUrl().startsWith(app.toString()), "our home page after signing in");
        checkPage();
    }

    /** Forgets every sign-in (ours and Keycloak's), so the next {@link #signIn} may be someone else. */
    public void forgetSignIns() {
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Saves what the window shows now as a PNG. */
    public void saveScreenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the keyboard ---------------------------------------------------------------------------------

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * Presses Tab until the focused element is the one wanted (going round the page at most once
     * more), and returns it. Failing to get there means the keyboard cannot reach the control.
     */
    public WebElement tabTo(Predicate<WebElement> wanted, String what) {
        WebElement start = null;
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement now = focused();
            if (isOurs(now) && wanted.test(now)) {
                return now;
            }
            if (i > 0 && now.equals(start)) {
                break;
            }
            if (i == 1) {
                start = now;
            }
            // To whatever has focus, as a keyboard does (sending Tab "to" a file field would choose a file).
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reaches " + what + " on " + driver.getCurrentUrl());
    }

    private static boolean isOurs(WebElement element) {
        return !"body".equals(element.getTagName()) && !"html".equals(element.getTagName());
    }

    /** Tabs to the form control whose label reads {@code label} (the label the page renders, read from it). */
    public WebElement tabToField(String label) {
        String id = labelledId(driver, label);
        return tabTo(e -> id.equals(e.getAttribute("id")), "the field labelled '" + label + "'");
    }

    /** As {@link #tabToField(String)}, for a label inside the fieldset whose legend reads {@code legend}. */
    public WebElement tabToField(String legend, String label) {
        String id = labelledId(fieldset(legend), label);
        return tabTo(e -> id.equals(e.getAttribute("id")), "the field labelled '" + label + "' under '" + legend + "'");
    }

    private WebElement fieldset(String legend) {
        return driver.findElements(By.tagName("fieldset")).stream()
                .filter(f -> !f.findElements(By.tagName("legend")).isEmpty()
                        && words(f.findElement(By.tagName("legend"))).startsWith(legend))
                .findFirst().orElseThrow(() -> new AssertionError("no fieldset '" + legend + "' on " + driver.getCurrentUrl()));
    }

    /** The id of the control a visible label names. */
    private String labelledId(org.openqa.selenium.SearchContext scope, String label) {
        List<WebElement> labels = scope.findElements(By.tagName("label")).stream()
                .filter(l -> words(l).equals(label)).toList();
        if (labels.isEmpty()) {
            labels = scope.findElements(By.tagName("label")).stream().filter(l -> words(l).startsWith(label)).toList();
        }
        assertThat(labels).as("a label reading '%s' on %s", label, driver.getCurrentUrl()).isNotEmpty();
        return labels.get(0).getAttribute("for");
    }

    /** Tabs to the link or button whose text is {@code text}. */
    public WebElement tabToControl(String text) {
        return tabTo(e -> (List.of("a", "button").contains(e.getTagName())
                || "submit".equals(e.getAttribute("type"))) && matches(e, text), "'" + text + "'");
    }

    private static boolean matches(WebElement element, String text) {
        String shown = normal(element.getText());
        if (shown.isEmpty()) {
            shown = normal(String.valueOf(element.getAttribute("value")));
        }
        return shown.equals(text) || shown.startsWith(text);
    }

    /** Types into the field labelled {@code label} (replacing what it held). */
    public void type(String label, CharSequence... keys) {
        fill(tabToField(label), keys);
    }

    /** Types into the field labelled {@code label} in the fieldset {@code legend} (a date's Day, Month, Year). */
    public void typeIn(String legend, String label, CharSequence... keys) {
        fill(tabToField(legend, label), keys);
    }

    private static void fill(WebElement field, CharSequence... keys) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(keys);
    }

    /** Types a date into the GOV.UK date input under {@code legend}. */
    public void date(String legend, java.time.LocalDate date) {
        typeIn(legend, "Day", String.valueOf(date.getDayOfMonth()));
        typeIn(legend, "Month", String.valueOf(date.getMonthValue()));
        typeIn(legend, "Year", String.valueOf(date.getYear()));
    }

    /** Checks a radio or checkbox by its label, in the fieldset {@code legend}, from the keyboard. */
    public void choose(String legend, String label) {
        WebElement scope = fieldset(legend);
        String id = labelledId(scope, label);
        WebElement target = driver.findElement(By.id(id));
        WebElement box;
        if ("radio".equals(target.getAttribute("type"))) {
            // Radios are one Tab stop: Tab reaches the group, the arrow keys move within it (and check).
            String group = target.getAttribute("name");
            box = tabTo(e -> group.equals(e.getAttribute("name")), "the choices for '" + legend + "'");
            for (int i = 0; i < 40 && !id.equals(box.getAttribute("id")); i++) {
                box.sendKeys(Keys.ARROW_DOWN);
                box = focused();
            }
            assertThat(box.getAttribute("id")).as("the arrow keys reach '%s'", label).isEqualTo(id);
        } else {
            box = tabTo(e -> id.equals(e.getAttribute("id")), "the choice '" + label + "'");
        }
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertThat(box.isSelected()).as("'%s' chosen from the keyboard", label).isTrue();
    }

    /** Checks the first choice under {@code legend} (for choices the page makes up, such as addresses found). */
    public void chooseFirst(String legend) {
        choose(legend, words(fieldset(legend).findElement(By.cssSelector("label.govuk-radios__label, label.govuk-checkboxes__label"))));
    }

    /** Ticks a single checkbox (one outside any fieldset) by its label, with Space. */
    public void check(String label) {
        String id = labelledId(driver, label);
        WebElement box = tabTo(e -> id.equals(e.getAttribute("id")), "the checkbox '" + label + "'");
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertThat(box.isSelected()).as("'%s' ticked from the keyboard", label).isTrue();
    }

    /** Picks an option of the select labelled {@code label} by typing its text, as a keyboard user does. */
    public void select(String label, String option) {
        WebElement select = tabToField(label);
        select.sendKeys(option);
        String chosen = normal((String) js("return arguments[0].options[arguments[0].selectedIndex].text", select));
        assertThat(chosen).as("option of '%s' chosen by typing", label).startsWith(option);
    }

    /** Types a file's path into the file field labelled {@code label} (what the file chooser does). */
    public void attach(String label, Path file) {
        tabToField(label).sendKeys(file.toAbsolutePath().toString());
    }

    /** Presses Enter on the link or button with this text, and checks the page it leads to. */
    public void press(String text) {
        String before = driver.getCurrentUrl();
        WebElement control = tabToControl(text);
        control.sendKeys(Keys.ENTER);
        awaitLoaded(control);
        checkPage();
    }

    /** Presses Enter on the link to {@code path} (for a link whose text the test cannot know, such as a new reference). */
    public void pressLinkTo(String path) {
        WebElement link = tabTo(e -> "a".equals(e.getTagName()) && href(e).endsWith(path),
                "the link to " + path);
        link.sendKeys(Keys.ENTER);
        awaitLoaded(link);
        checkPage();
    }

    /**
     * Presses Enter on the link whose address starts with {@code pathPrefix} and waits for the file it
     * downloads; returns the file.
     */
    public Path download(String pathPrefix) {
        Path dir = downloads();
        try {
            Files.createDirectories(dir);
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", dir.toString()));
            WebElement link = tabTo(e -> "a".equals(e.getTagName()) && href(e).startsWith(pathPrefix),
                    "the link to " + pathPrefix);
            link.sendKeys(Keys.ENTER);
            await(d -> finishedDownloads(dir).size() == 1, "the download from " + pathPrefix);
            return finishedDownloads(dir).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link's address as written in the page (an SVG link's href property is not a string). */
    private static String href(WebElement link) {
        return String.valueOf(link.getDomAttribute("href"));
    }

    private static List<Path> finishedDownloads(Path dir) {
        try (var files = Files.list(dir)) {
            List<Path> all = files.toList();
            return all.stream().anyMatch(f -> f.toString().endsWith(".crdownload")) ? List.of() : all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response the page's own session gets for {@code href}: status, content type and disposition. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> fetchHeaders(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done({status: r.status,"
                + " type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition')}))"
                + ".catch(e => done({error: String(e)}));", href);
    }

    private void awaitLoaded(WebElement old) {
        await(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return "complete".equals(js("return document.readyState"));
            }
        }, "the next page");
    }

    // --- checks on every page -------------------------------------------------------------------------

    /** Runs axe (WCAG 2.2 A and AA) and the 320 px reflow check on the page in view, once per path. */
    public void checkPage() {
        URI now = URI.create(driver.getCurrentUrl());
        if (!now.toString().startsWith(app.toString()) || !checked.add(now.getPath())) {
            return;
        }
        assertNoAxeViolations();
        assertReflowsAt320();
    }

    public void assertNoAxeViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getErrorMessage()).as("axe ran on %s", driver.getCurrentUrl()).isNull();
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            violations.add(rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                    .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
        assertThat(violations).as("axe WCAG 2.2 A/AA violations on %s", driver.getCurrentUrl()).isEmpty();
    }

    public void assertReflowsAt320() {
        Map<String, Object> metrics = Map.of("width", REFLOW_WIDTH, "height", 800, "deviceScaleFactor", 1, "mobile", false);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
        try {
            long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
            long innerWidth = ((Number) js("return window.innerWidth")).longValue();
            assertThat(innerWidth).isEqualTo(REFLOW_WIDTH);
            assertThat(scrollWidth).as("page width at 320 px on %s (no sideways scrolling); too wide: %s", driver.getCurrentUrl(),
                    scrollWidth > innerWidth ? js(TOO_WIDE) : "").isLessThanOrEqualTo(innerWidth);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    // --- helpers --------------------------------------------------------------------------------------

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public void await(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition, String what) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("waiting for " + what).until(condition::apply);
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** An element's words as a screen reader has them, visually hidden ones included. */
    private static String words(WebElement element) {
        return normal(element.getAttribute("textContent")).replaceAll("\\s+", " ");
    }

    static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("[ \\t]+", " ");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile.toFile());
        }
    }

    private static void deleteQuietly(File dir) {
        File[] children = dir.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteQuietly(child);
            }
        }
        dir.delete();
    }
}
