package org.smesupport.casework.matching;

import java.util.List;
import org.bson.Document;

/** The shape of a {@code matching_suppliers} document and of its {@code profile}. */
final class SupplierFields {

    static final String COMPANY_ID = "companyId";
    static final String COMPANY_NAME = "companyName";
    static final String PROFILE = "profile";
    static final String STATUS = "status";
    static final String REGISTERED_ON = "registeredOn";
    static final String PROFILE_SURVEYED_ON = "profileSurveyedOn";
    static final String WITHDRAWN_ON = "withdrawnOn";
    static final String WITHDRAWAL_REASON = "withdrawalReason";

    static final String PROCESSES = "processes";
    static final String EQUIPMENT = "equipment";
    static final String CERTIFICATIONS = "certifications";
    static final String AVAILABLE_HOURS = "availableHoursPerMonth";
    static final String REGION = "region";
    static final String FOCUS_FIELDS = "focusFields";

    private SupplierFields() {
    }

    static Document profile(SupplierProfile profile) {
        return new Document(PROCESSES, ReadModelValues.names(profile.processes()))
                .append(EQUIPMENT, profile.equipment() == null ? List.of() : profile.equipment())
                .append(CERTIFICATIONS, ReadModelValues.names(profile.certifications()))
                .append(AVAILABLE_HOURS, profile.availableHoursPerMonth())
                .append(REGION, ReadModelValues.name(profile.region()))
                .append(FOCUS_FIELDS, ReadModelValues.names(profile.focusFields()));
    }

    static boolean registered(Document supplier) {
        return SupplierStatus.REGISTERED.name().equals(supplier.getString(STATUS));
    }
}
