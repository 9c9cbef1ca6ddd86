package org.placeworks.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents kept as files in a directory: copied in whole, read back the same, removed when an upload fails. */
class DirectoryDocumentStoreTest {

    @TempDir
    Path folder;

    @Test
    void aDocumentIsReadBackByteForByteAndLeavesNoPartFile() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(folder.resolve("documents"));
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(content);
        UUID id = UUID.randomUUID();

        assertThat(store.put(id, new ByteArrayInputStream(content))).isEqualTo(content.length);

        try (InputStream in = store.open(id)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (var files = Files.list(folder.resolve("documents"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(id.toString());
        }
        assertThat(store.where()).isEqualTo(StoredIn.DIRECTORY);
    }

    @Test
    void aRemovedDocumentCannotBeOpened() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(folder);
        UUID id = UUID.randomUUID();
        store.put(id, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        store.delete(id);
        assertThatThrownBy(() -> store.open(id)).isInstanceOf(IOException.class).hasMessageContaining("missing");
    }
}
