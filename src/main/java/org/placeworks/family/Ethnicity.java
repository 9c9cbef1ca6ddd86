package org.placeworks.family;

/** The Department for Education's ethnicity codes, as schools and children's services record them. */
public enum Ethnicity {
    WBRI("White British"), WIRI("White Irish"), WIRT("Traveller of Irish heritage"), WROM("Gypsy or Roma"),
    WOTH("Any other White background"), MWBC("White and Black Caribbean"), MWBA("White and Black African"),
    MWAS("White and Asian"), MOTH("Any other mixed background"), AIND("Indian"), APKN("Pakistani"),
    ABAN("Bangladeshi"), CHNE("Chinese"), AOTH("Any other Asian background"), BCRB("Black Caribbean"),
    BAFR("Black African"), BOTH("Any other Black background"), OOTH("Any other ethnic group"),
    REFU("Refused"), NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
