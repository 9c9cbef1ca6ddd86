package org.placeworks.shared.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Rendered pages written as bytes the JDK encodes. The framework's own writer hands the page to Netty as text, which
 * encodes it character by character: 5-7% of the case page's app samples, for a 35-40 KB page that is almost all ASCII (see
 * docs/performance.md). {@code String.getBytes} copies such text in bulk and encodes the rest. The charset is the one
 * the response names (UTF-8 for every page). Declared for any type, since the framework chooses a page's writer by
 * the resource's return type (a template), then offers it the rendered text; it takes only text.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class PageBytes implements ServerMessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeResponse(Object page, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(encoded((String) page, context.getResponseMediaType()));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeTo(Object page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        out.write(encoded((String) page, mediaType));
    }

    static byte[] encoded(String page, MediaType mediaType) {
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return page.getBytes(charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
    }
}
