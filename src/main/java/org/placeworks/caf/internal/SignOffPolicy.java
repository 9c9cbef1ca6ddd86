package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.placeworks.caf.SignOffKind;

/** Which steps a service wants a manager to sign off; a service without one wants all of them. */
@Entity
@Table(name = "caf_sign_off_policy")
public class SignOffPolicy {

    @Id
    @Column(name = "service_id")
    UUID serviceId;

    boolean closure = true;

    @Column(name = "step_up")
    boolean stepUp = true;

    @Column(name = "step_down")
    boolean stepDown = true;

    @Version
    long version;

    protected SignOffPolicy() {
    }

    public SignOffPolicy(UUID serviceId) {
        this.serviceId = serviceId;
    }

    public boolean requires(SignOffKind kind) {
        return switch (kind) {
            case CLOSURE -> closure;
            case STEP_UP -> stepUp;
            case STEP_DOWN -> stepDown;
        };
    }

    public void set(boolean closure, boolean stepUp, boolean stepDown) {
        this.closure = closure;
        this.stepUp = stepUp;
        this.stepDown = stepDown;
    }

    public UUID serviceId() { return serviceId; }
    public long version() { return version; }
}
