package org.smesupport.casework.command.company;

import java.util.Optional;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/** Tells other aggregates' command handlers whether a company they refer to exists, and what it is. */
public interface CompanyRegistry {

    boolean isRegistered(CompanyId companyId);

    /**
     * The company's industry and size class as its latest registration or update states them, or empty
     * when no company is registered under {@code companyId}. Aggregates that record these at the time of
     * a contract (a lease) ask for them; registries that only answer {@link #isRegistered} (test stubs
     * written as lambdas) do not support it.
     */
    default Optional<CompanyProfile> profileOf(CompanyId companyId) {
        throw new UnsupportedOperationException("this company registry does not know companies' details");
    }

    /**
     * The company's name as its latest registration or update states it, or empty when no company is
     * registered under {@code companyId}. Aggregates that keep the name at the time they refer to the
     * company (a supplier registration) ask for it; like {@link #profileOf}, stubs written as lambdas do
     * not support it.
     */
    default Optional<String> nameOf(CompanyId companyId) {
        throw new UnsupportedOperationException("this company registry does not know companies' names");
    }

    /** What other aggregates need to know of a company at the moment they refer to it. */
    record CompanyProfile(Industry industry, SizeClass sizeClass) {
    }
}
