package org.placeworks.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.placeworks.document.SampleFiles;

/** Each accepted type is recognised by its content alone, and anything else is refused, whatever its name. */
class FileTypeTest {

    @TempDir
    Path folder;

    private Optional<FileType> typeOf(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return FileType.of(file);
    }

    @Test
    void eachAcceptedTypeIsKnownByItsContentWhateverItIsCalled() throws IOException {
        assertThat(typeOf("consent.pdf", SampleFiles.pdf("x"))).contains(FileType.PDF);
        assertThat(typeOf("scan.bin", SampleFiles.png())).contains(FileType.PNG);
        assertThat(typeOf("photo.png", SampleFiles.jpeg())).contains(FileType.JPEG);
        assertThat(typeOf("assessment", SampleFiles.docx())).contains(FileType.DOCX);
        assertThat(typeOf("report.docx", SampleFiles.odt())).contains(FileType.ODT);
        assertThat(typeOf("old.doc", SampleFiles.doc())).contains(FileType.DOC);
    }

    @Test
    void programsPagesAndOtherContainersAreRefusedEvenWhenNamedAsDocuments() throws IOException {
        assertThat(typeOf("consent.pdf", SampleFiles.exe())).isEmpty();
        assertThat(typeOf("consent.pdf", SampleFiles.html())).isEmpty();
        assertThat(typeOf("sheet.doc", SampleFiles.xls())).isEmpty();
        assertThat(typeOf("sheet.odt", SampleFiles.ods())).isEmpty();
        assertThat(typeOf("archive.docx", SampleFiles.plainZip())).isEmpty();
        assertThat(typeOf("broken.docx", new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
        assertThat(typeOf("empty.pdf", new byte[0])).isEmpty();
    }

    @Test
    void theStoredTypeReadsBackFromItsContentType() {
        for (FileType type : FileType.values()) {
            assertThat(FileType.forContentType(type.contentType())).isEqualTo(type);
        }
    }
}
