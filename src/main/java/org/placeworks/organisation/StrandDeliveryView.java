package org.placeworks.organisation;

import java.util.List;
import java.util.UUID;

/** Where a strand runs in the place, and the services delivering it there. */
public record StrandDeliveryView(UUID id, Strand strand, UUID areaId, String areaName, List<ServiceView> services) {
}
