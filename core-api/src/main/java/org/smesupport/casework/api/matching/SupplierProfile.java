package org.smesupport.casework.api.matching;

import java.util.List;
import java.util.Set;

/**
 * What a registered supplier (受注企業) can do: processes, equipment, certifications, spare capacity in
 * hours per month, region and focus fields. Registered, then refreshed by the periodic update survey.
 */
public record SupplierProfile(
        Set<Process> processes,
        List<String> equipment,
        Set<Certification> certifications,
        int availableHoursPerMonth,
        Region region,
        Set<FocusField> focusFields) {
}
