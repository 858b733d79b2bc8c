package org.smesupport.casework.projection;

/** Settings shared by the projections. */
public final class ReadModelSettings {

    /**
     * Documents each projection keeps cached ({@link ReadModelStore}), only where one process owns the read store
     * (the embedded one, {@code casework.mongo.embedded}). Where the read store is a server, another instance may
     * take a processing group over and write behind this one's back; a cached copy would then overwrite its work,
     * and a cache that started "complete" on an empty collection would take every document it wrote for absent.
     */
    public static final String CACHE_SIZE =
            "#{${casework.mongo.embedded:true} ? ${casework.read-models.cache-size:20000} : 0}";

    private ReadModelSettings() {
    }
}
