package org.placeworks.shared.web;

import io.netty.buffer.Unpooled;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;

/**
 * A page drawn around a large piece of markup already encoded and kept (the caseload table: 590 KB at 300
 * neighbourhoods). The page passes {@link #SLOT} where that markup goes; the rest is drawn per request and the kept
 * bytes are written between its two halves. Copying the kept markup into the page's text and encoding it again on
 * every request was a third of the dashboard's time at that size (docs/performance.md).
 */
public final class SplicedPage {

    private static final String SLOT_TEXT = "<!--placeworks:kept-markup-->";

    /**
     * Where the kept markup goes. Values a template escapes can never hold {@code <}, so only a template itself can
     * write the slot.
     */
    public static final RawString SLOT = new RawString(SLOT_TEXT);

    private SplicedPage() {
    }

    /** The page drawn, with the kept UTF-8 markup in its slot, as one buffer that shares the kept bytes. */
    public static Buffer around(TemplateInstance page, byte[] kept) {
        String drawn = page.render();
        int at = drawn.indexOf(SLOT_TEXT);
        if (at < 0 || drawn.indexOf(SLOT_TEXT, at + SLOT_TEXT.length()) >= 0) {
            throw new IllegalStateException("A spliced page must draw its slot exactly once");
        }
        byte[] head = drawn.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = drawn.substring(at + SLOT_TEXT.length()).getBytes(StandardCharsets.UTF_8);
        return Buffer.buffer(Unpooled.wrappedBuffer(head, kept, tail));
    }
}
