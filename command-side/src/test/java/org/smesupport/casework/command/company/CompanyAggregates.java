package org.smesupport.casework.command.company;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.smesupport.casework.command.common.UniqueClaim;

/** Lets tests in other packages configure the package-private {@link Company} as the app does. */
public final class CompanyAggregates {

    private CompanyAggregates() {
    }

    public static AggregateConfigurer<?> configuration(Cache cache) {
        return AggregateConfigurer.defaultConfiguration(Company.class).configureCache(c -> cache);
    }

    /** The corporate-number claims a company's registration creates with it. */
    public static AggregateConfigurer<?> claims() {
        return AggregateConfigurer.defaultConfiguration(UniqueClaim.class);
    }

    public static CorporateNumberRegistry corporateNumbers(Configuration axon) {
        return new EventStoreCorporateNumberRegistry(axon.eventStore());
    }

    public static CompanyRegistry registry(Configuration axon) {
        return new EventStoreCompanyRegistry(axon.eventStore());
    }
}
