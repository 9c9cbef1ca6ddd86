package org.placeworks.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.caf.web.CasePages;

/**
 * With {@code placeworks.documents.directory} set, a document's bytes go to a file named by its id in that
 * directory (none in the database), and download the same; a refused upload leaves no file behind.
 */
@QuarkusTest
@TestProfile(DirectoryStorageTest.InADirectory.class)
@TestSecurity(user = "frontline", roles = "frontline")
class DirectoryStorageTest {

    static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"), "placeworks-documents-" + UUID.randomUUID());

    public static class InADirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("placeworks.documents.directory", DIRECTORY.toString());
        }
    }

    @Inject
    CasePages pages;

    @Test
    void aDocumentIsKeptAsAFileAndDownloadsTheSame() throws IOException {
        CasePages.Family family = pages.family(CasePages.SOUTHBANK);
        byte[] png = SampleFiles.png();
        String id = given().multiPart("title", "Photo of the letter").multiPart("file", "letter.png", png, "image/png")
                .post("/api/v1/families/" + family.id() + "/documents").then().statusCode(201).extract().path("id");

        assertThat(DIRECTORY.resolve(id)).exists().hasBinaryContent(png);
        assertThat(given().get("/api/v1/documents/" + id + "/content").then().statusCode(200).extract().asByteArray()).isEqualTo(png);

        given().multiPart("title", "A page").multiPart("file", "page.pdf", SampleFiles.html(), "application/pdf")
                .post("/api/v1/families/" + family.id() + "/documents").then().statusCode(415);
        given().get("/api/v1/families/" + family.id() + "/documents").then().body("$", hasSize(1));
        try (var files = Files.list(DIRECTORY)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(id)).toList())
                    .as("nothing but documents that were saved")
                    .allSatisfy(n -> assertThat(n).doesNotEndWith(".part"));
        }
    }
}
