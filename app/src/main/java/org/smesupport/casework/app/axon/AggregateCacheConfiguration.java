package org.smesupport.casework.app.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps recently used aggregates in memory so a command on a busy case does not re-read and
 * re-apply its events. A bounded, strongly referenced heap cache: Axon's WeakReferenceCache was
 * measured to lose most entries at every young collection under load, turning cache hits into full
 * event-stream reads. Axon evicts an entry on a conflicting write, so the cache never serves a
 * stale aggregate.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfiguration {

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean
    Cache aggregateCache(CacheManager aggregateCacheManager,
                         @Value("${casework.aggregate-cache.entries:20000}") long entries) {
        org.ehcache.Cache<Object, Object> cache = aggregateCacheManager.createCache("aggregates",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(entries)));
        return new EhCache3Adapter((Ehcache<Object, Object>) cache);
    }
}
