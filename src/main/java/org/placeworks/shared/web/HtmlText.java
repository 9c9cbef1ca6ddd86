package org.placeworks.shared.web;

/**
 * Text written into markup drawn in Java (the maps, the charts, a select's options): escaped as Qute escapes a value
 * in a template, so that a name holding {@code <}, {@code &} or a quote is shown as written, never read as markup.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeTo(out, text);
        return out.toString();
    }

    public static StringBuilder escapeTo(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
