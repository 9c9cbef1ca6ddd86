package org.placeworks.family.internal;

/**
 * Who may see and change a family, written once. A family is Early Intervention's record: staff of a
 * service that delivers Early Intervention and covers the family's address change it (administrators
 * everywhere); someone it was shared with for a case (a Team Around the Family member or lead
 * professional from another service, while the share is in force) reads it; anyone else does not
 * know it exists. {@link FamilyRegister} gathers the two facts through the access policy.
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
     * @param earlyHelpCovers one of the reader's Early Intervention services covers the family's address
     * @param sharedForACase the family was shared with the reader for a case, and the share is in force
     */
    static Sight decide(boolean earlyHelpCovers, boolean sharedForACase) {
        if (earlyHelpCovers) {
            return Sight.CHANGE;
        }
        return sharedForACase ? Sight.READ : Sight.NONE;
    }
}
