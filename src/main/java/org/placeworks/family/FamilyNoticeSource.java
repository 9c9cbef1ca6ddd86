package org.placeworks.family;

import java.util.List;
import java.util.UUID;

/**
 * Lets higher features (early help cases) tell the reader of a family page what they hold about
 * the family, decided by their own rules for this reader, without family knowing them.
 */
public interface FamilyNoticeSource {
    List<FamilyNotice> noticesFor(UUID familyId);
}
