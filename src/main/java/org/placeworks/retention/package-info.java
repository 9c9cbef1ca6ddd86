/**
 * Retention and disposal (UK GDPR Art. 5(1)(e)): the retention rule of each record type, set in configuration with its
 * basis in plain English; a daily review, run once across instances, that lists what has passed its rule; and the
 * data protection officer's approved disposal, which removes the record and every copy of it in one transaction and
 * leaves only a disposal certificate. Erasure must be total, so this is the one feature that deletes from other
 * features' tables (in {@code internal.Erasure}, proved complete by a test that scans every table); documents' files
 * go through the document feature. Uses every feature; only the demo depends on it.
 */
package org.placeworks.retention;
