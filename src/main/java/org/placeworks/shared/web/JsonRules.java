package org.placeworks.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import org.placeworks.shared.Text;

/**
 * How the app reads JSON: text breaking {@link Text}'s rule is refused naming the field (see
 * {@link RefusedText}); a fraction where a whole number belongs (pence) is refused, not truncated;
 * and nesting deeper than any real document (GeoJSON needs five levels) is refused before it is walked.
 */
@Singleton
public class JsonRules implements ObjectMapperCustomizer {

    /** Deeper than any body or file the app accepts; far shallower than a stack can hold. */
    public static final int MAX_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("placeworks-text").addDeserializer(String.class, new CheckedText()));
    }

    /** Jackson's own string reading, then the one rule for typed text. */
    static final class CheckedText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (Text.problem("text", value, Text.LONG).isPresent()) {
                throw new RefusedText(p, value);
            }
            return value;
        }
    }

    /** Text in a JSON body that breaks {@link Text}'s rule; the message names the field once its path is known. */
    public static final class RefusedText extends InvalidFormatException {
        private final String value;

        RefusedText(JsonParser p, String value) {
            super(p, "Text refused", null, String.class);
            this.value = value;
        }

        /** What to tell the caller about the field at {@code field}. */
        public String problemFor(String field) {
            return Text.problem(field, value, Text.LONG).orElse(field + " cannot be accepted");
        }

        /** The message for a JSON read failure, when it is refused text. */
        public static Optional<String> of(Throwable e, String field) {
            return e instanceof RefusedText refused ? Optional.of(refused.problemFor(field)) : Optional.empty();
        }
    }
}
