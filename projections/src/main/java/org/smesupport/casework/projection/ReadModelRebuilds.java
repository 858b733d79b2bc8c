package org.smesupport.casework.projection;

import java.util.Collection;
import java.util.List;

/**
 * Which read models are being rebuilt by a replay, so that answers built from them can say so. The
 * application implements it from its processors; the query side only asks.
 */
public interface ReadModelRebuilds {

    /** The rebuilds in progress among these processing groups, in the order given. */
    List<Rebuild> inProgress(Collection<String> processingGroups);

    /**
     * @param progress the share of the replay done: the processed position over the head position at the
     *                 time the replay started, between 0 and 1
     */
    record Rebuild(String processingGroup, double progress) {
    }
}
