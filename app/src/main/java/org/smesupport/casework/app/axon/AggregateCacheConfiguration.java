package org.smesupport.casework.app.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
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
 *
 * <p>With several command services behind a load balancer that does not route a record's commands to one of them
 * (the PostgreSQL topology; Axon Server routes by record), an instance's cached aggregate misses what another wrote:
 * the write then conflicts and is refused with a 409 though nobody else edited at that moment. There
 * {@code casework.aggregate-cache.entries=0} turns the cache off and every command reads its record from the store
 * (from its latest snapshot).
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
        if (entries == 0) {
            return NoCache.INSTANCE;
        }
        org.ehcache.Cache<Object, Object> cache = aggregateCacheManager.createCache("aggregates",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(entries)));
        return new EhCache3Adapter((Ehcache<Object, Object>) cache);
    }
}
