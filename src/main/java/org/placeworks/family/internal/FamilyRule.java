package org.placeworks.family.internal;

/**
 * Who may see and change a family, written once. A family is Early Intervention's record: staff of a
 * service that delivers Early Intervention and covers where the family lives (their address, or for a
 * family in temporary accommodation without a UPRN or with no fixed abode, the neighbourhood chosen for
 * them) change it (administrators everywhere); so do staff of the Early Intervention service that still
 * holds open work with a family that moved out of its boundary, until another service takes it on;
 * someone it was shared with for a case (a Team Around the Family member or lead professional from
 * another service, while the share is in force) reads it; anyone else does not know it exists.
 * {@link FamilyRegister} gathers the facts through the access policy.
 */
final class FamilyRule {

    enum Sight {
        CHANGE, READ, NONE;

        boolean reads() {
            return this != NONE;
        }
    }

    private FamilyRule() {
    }

    /**
     * @param earlyHelpCovers one of the reader's Early Intervention services covers where the family lives
     * @param sharedForACase the family was shared with the reader for a case, and the share is in force
     */
    static Sight decide(boolean earlyHelpCovers, boolean sharedForACase) {
        return decide(earlyHelpCovers, false, sharedForACase);
    }

    /**
     * @param holdsTheirWork one of the reader's Early Intervention services holds open work with the family
     *        (an early help case) though the family now lives outside its boundary
     */
    static Sight decide(boolean earlyHelpCovers, boolean holdsTheirWork, boolean sharedForACase) {
        if (earlyHelpCovers || holdsTheirWork) {
            return Sight.CHANGE;
        }
        return sharedForACase ? Sight.READ : Sight.NONE;
    }
}
