package org.smesupport.casework.command.consultation;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;

/** Lets tests in other packages configure the package-private {@link ConsultationCase} as the app does. */
public final class ConsultationAggregates {

    private ConsultationAggregates() {
    }

    public static AggregateConfigurer<?> configuration(Cache cache) {
        return AggregateConfigurer.defaultConfiguration(ConsultationCase.class).configureCache(c -> cache);
    }
}
