package org.smesupport.casework.projection.matching;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.SupplierStatus;

/** The shape of a {@code matching_suppliers} document and of its {@code profile}. */
public final class SupplierFields {

    public static final String COMPANY_ID = "companyId";
    public static final String COMPANY_NAME = "companyName";
    public static final String PROFILE = "profile";
    public static final String STATUS = "status";
    public static final String REGISTERED_ON = "registeredOn";
    public static final String PROFILE_SURVEYED_ON = "profileSurveyedOn";
    public static final String WITHDRAWN_ON = "withdrawnOn";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";

    public static final String PROCESSES = "processes";
    public static final String EQUIPMENT = "equipment";
    public static final String CERTIFICATIONS = "certifications";
    public static final String AVAILABLE_HOURS = "availableHoursPerMonth";
    public static final String REGION = "region";
    public static final String FOCUS_FIELDS = "focusFields";

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
