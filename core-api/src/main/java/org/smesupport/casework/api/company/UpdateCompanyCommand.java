package org.smesupport.casework.api.company;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces the company's changeable details; the corporate number never changes. */
public record UpdateCompanyCommand(
        @TargetAggregateIdentifier CompanyId companyId,
        String name,
        Industry industry,
        String municipality,
        SizeClass sizeClass,
        @TargetAggregateVersion Long expectedVersion) {
}
