package org.placeworks.open311.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.placeworks.shared.Today;

/**
 * A GeoReport v2 answer, written once and rendered in either of the spec's formats: XML (a root element
 * holding one element per item, each field an element in the spec's order) or JSON (an array of objects, or
 * one object for a service definition). Nested lists (a definition's attributes, an attribute's values) are
 * a wrapping element of repeated elements in XML and an array in JSON. Dates are W3C date-times with an
 * offset, in UK time: {@code 2026-12-01T10:15:00+00:00}.
 */
final class Open311Document {

    /** Fields of one item, in the order the spec lists them. */
    static final class Fields {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            values.put(name, value instanceof Instant at ? w3c(at) : value);
            return this;
        }

        Fields list(String group, String item, List<Fields> items) {
            values.put(group, new Group(item, items));
            return this;
        }
    }

    private record Group(String item, List<Fields> items) {
    }

    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final String root;
    private final String item;
    private final List<Fields> items;

    private Open311Document(String root, String item, List<Fields> items) {
        this.root = root;
        this.item = item;
        this.items = items;
    }

    /** {@code <root><item>..</item>..</root>}, or a JSON array of the items. */
    static Open311Document list(String root, String item, List<Fields> items) {
        return new Open311Document(root, item, List.copyOf(items));
    }

    /** {@code <root>..fields..</root>}, or one JSON object. */
    static Open311Document single(String root, Fields fields) {
        return new Open311Document(root, null, List.of(fields));
    }

    static Fields fields() {
        return new Fields();
    }

    static String w3c(Instant at) {
        return at == null ? null : W3C.format(at.atZone(Today.LONDON));
    }

    // --- XML --------------------------------------------------------------------------

    String xml() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        out.append('<').append(root).append('>');
        if (item == null) {
            fieldsXml(out, items.get(0));
        } else {
            for (Fields f : items) {
                out.append('<').append(item).append('>');
                fieldsXml(out, f);
                out.append("</").append(item).append('>');
            }
        }
        return out.append("</").append(root).append('>').toString();
    }

    private static void fieldsXml(StringBuilder out, Fields fields) {
        fields.values.forEach((name, value) -> {
            out.append('<').append(name).append('>');
            if (value instanceof Group group) {
                for (Fields f : group.items()) {
                    out.append('<').append(group.item()).append('>');
                    fieldsXml(out, f);
                    out.append("</").append(group.item()).append('>');
                }
            } else if (value != null) {
                escape(out, value.toString());
            }
            out.append("</").append(name).append('>');
        });
    }

    private static void escape(StringBuilder out, String text) {
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // XML 1.0 cannot carry most control characters at all: they are left out.
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
    }

    // --- JSON -------------------------------------------------------------------------

    String json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(item == null ? plain(items.get(0)) : items.stream().map(Open311Document::plain).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of text and numbers always write", e);
        }
    }

    private static Map<String, Object> plain(Fields fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.values.forEach((name, value) -> {
            if (value instanceof Group group) {
                List<Object> list = new ArrayList<>();
                group.items().forEach(f -> list.add(plain(f)));
                out.put(name, list);
            } else {
                out.put(name, value);
            }
        });
        return out;
    }
}
