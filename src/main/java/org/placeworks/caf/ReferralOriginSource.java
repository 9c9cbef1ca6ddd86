package org.placeworks.caf;

import java.util.Optional;
import java.util.UUID;

/**
 * Lets higher features start a request for support from one of their records without {@code caf} knowing
 * them. Implement it as an {@code @ApplicationScoped} bean; the referral pages carry the origin's reference
 * (such as {@code passed-on:<id>}) through the safeguarding screen and the form, and ask every bean.
 */
public interface ReferralOriginSource {

    /**
     * The origin for this reference if it is one of yours, as the signed-in reader may use it; empty if the
     * reference is not of your kind. A record of your kind the reader may not use is a
     * {@link org.placeworks.shared.NotFound}; one already used is refused in your own words.
     */
    Optional<ReferralOrigin> origin(String reference);

    /** The request for support was saved as this case, in the same transaction: remember it. */
    void referralMade(String reference, UUID caseId, String caseReference);
}
