package org.smesupport.casework.projection;

/** Settings shared by the projections. */
public final class ReadModelSettings {

    /**
     * Documents each projection keeps cached ({@link ReadModelStore}); 0 turns caching off, which a
     * deployment must do where another node could take over a processing group's segment.
     */
    public static final String CACHE_SIZE = "${casework.read-models.cache-size:20000}";

    private ReadModelSettings() {
    }
}
