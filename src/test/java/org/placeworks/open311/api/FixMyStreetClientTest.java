package org.placeworks.open311.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.placeworks.open311.Open311Keys;

/**
 * The endpoint as FixMyStreet's own Perl libraries see it: LWP::UserAgent, HTTP::Request::Common's form POST
 * (no charset, no Accept, CRLF line breaks) and XML::Simple with the options FixMyStreet parses with. Runs
 * where Perl has them (Debian: libwww-perl, libxml-simple-perl); elsewhere GeoReportV2Test replays the same
 * requests byte for byte.
 */
@QuarkusTest
class FixMyStreetClientTest {

    @TestHTTPResource("/open311/v2/")
    URL endpoint;

    @Inject
    Open311Keys keys;

    @Test
    void fixMyStreetsPerlClientReadsWhatItNeeds() throws Exception {
        assumeTrue(perlHasTheLibraries(), "Perl with LWP::UserAgent and XML::Simple is not installed");
        String key = keys.issue("Perl Client Test " + UUID.randomUUID()).key();
        Process perl = new ProcessBuilder("perl", Path.of("src/test/resources/open311/fixmystreet-client.pl").toString(),
                endpoint.toString(), key, GeoReportV2Test.INSIDE_LAT, GeoReportV2Test.INSIDE_LONG).redirectErrorStream(true).start();
        assertThat(perl.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String output = new String(perl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> read = new LinkedHashMap<>();
        output.lines().filter(l -> l.contains("=")).forEach(l -> read.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        assertThat(perl.exitValue()).as(output).isZero();

        assertThat(read.get("services_status")).isEqualTo("200");
        assertThat(read.get("service_codes")).contains("fly-tipping").contains("abandoned-vehicle");
        assertThat(read.get("post_content_type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(read.get("post_has_accept")).isEqualTo("0");
        assertThat(read.get("post_has_crlf")).isEqualTo("1");
        assertThat(read.get("post_status")).isEqualTo("201");
        assertThat(read.get("service_request_id")).matches("[0-9a-f-]{36}");
        assertThat(read.get("read_status")).isEqualTo("200");
        assertThat(read.get("read_service_code")).isEqualTo("fly-tipping");
        assertThat(read.get("read_requested")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(read.get("bad_key_status")).isEqualTo("403");
        assertThat(read.get("bad_key_error")).isEqualTo("403");
        assertThat(read.get("updates_status")).isEqualTo("200");
    }

    private static boolean perlHasTheLibraries() {
        try {
            Process check = new ProcessBuilder("perl", "-MLWP::UserAgent", "-MHTTP::Request::Common", "-MXML::Simple", "-e", "1")
                    .redirectErrorStream(true).start();
            return check.waitFor(20, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
