package org.smesupport.casework.api.matching;

import java.time.LocalDate;
import java.util.Set;
import org.smesupport.casework.api.common.Yen;

/**
 * What an ordering firm (発注企業) asks for: the work, the processes it needs, quantity, delivery date,
 * budget (optional), the region it prefers suppliers in (optional), certifications it requires and the
 * focus field it belongs to (optional).
 */
public record OrderRequestDetails(
        String orderingFirm,
        Region orderingFirmRegion,
        String work,
        Set<Process> processes,
        int quantity,
        LocalDate deliveryBy,
        Yen budget,
        Region preferredRegion,
        Set<Certification> requiredCertifications,
        FocusField focusField) {
}
