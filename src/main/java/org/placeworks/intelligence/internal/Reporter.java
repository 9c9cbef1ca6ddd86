package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.placeworks.intelligence.PreferredContact;

/**
 * Who made a report, held apart from it: each detail is ciphertext under the key {@link #keyId}
 * ({@link ReporterVault} seals and opens it), plus keyed hashes of the email and phone for matching.
 */
@Entity
@Table(name = "intel_reporter")
public class Reporter {

    @Id
    @Column(name = "report_id")
    UUID reportId;

    @Column(name = "key_id")
    String keyId;

    @Column(name = "name_cipher")
    byte[] nameCipher;

    @Column(name = "email_cipher")
    byte[] emailCipher;

    @Column(name = "phone_cipher")
    byte[] phoneCipher;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact")
    PreferredContact preferredContact;

    @Column(name = "email_match")
    String emailMatch;

    @Column(name = "phone_match")
    String phoneMatch;

    protected Reporter() {
    }

    Reporter(UUID reportId, String keyId, byte[] nameCipher, byte[] emailCipher, byte[] phoneCipher,
            PreferredContact preferredContact, String emailMatch, String phoneMatch) {
        this.reportId = reportId;
        this.keyId = keyId;
        this.nameCipher = nameCipher;
        this.emailCipher = emailCipher;
        this.phoneCipher = phoneCipher;
        this.preferredContact = preferredContact;
        this.emailMatch = emailMatch;
        this.phoneMatch = phoneMatch;
    }

    public UUID reportId() {
        return reportId;
    }

    public String keyId() {
        return keyId;
    }

    public PreferredContact preferredContact() {
        return preferredContact;
    }

    public String emailMatch() {
        return emailMatch;
    }

    public String phoneMatch() {
        return phoneMatch;
    }
}
