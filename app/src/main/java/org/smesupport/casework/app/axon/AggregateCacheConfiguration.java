package org.smesupport.casework.app.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently used aggregates in memory so a command on a busy case does not re-read its
 * events. Weak references let the garbage collector bound the cache; a conflicting write evicts the
 * entry, so the cache never serves a stale aggregate.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfiguration {

    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }
}
