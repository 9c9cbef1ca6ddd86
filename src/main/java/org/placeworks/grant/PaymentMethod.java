package org.placeworks.grant;

public enum PaymentMethod {
    PURCHASE_CARD("Purchase card"), VOUCHER("Voucher"), DIRECT_TO_SUPPLIER("Direct to supplier");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
