package org.placeworks.document;

import org.placeworks.shared.InvalidInput;

/**
 * An uploaded file that is refused, with the message on the {@code file} field: too large (413), of a type
 * not accepted (415), or empty or missing (422).
 */
public class FileRefused extends InvalidInput {

    public static final String FIELD = "file";

    private final int status;

    public FileRefused(int status, String message) {
        this(status, java.util.Map.of(FIELD, message));
    }

    /** The file's problem with the other fields' problems, so the form names every one at once. */
    public FileRefused(int status, java.util.Map<String, String> problems) {
        super(problems);
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }
}
