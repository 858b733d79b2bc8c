package org.smesupport.casework.projection;

import java.util.Optional;

/**
 * Whether a read model has applied every event stored so far, for answers that must not miss a record
 * (the contracts the close of business examines). The application implements it from its processors.
 */
public interface ReadModelFreshness {

    /**
     * Why the processing group's read model is not current, e.g. "being rebuilt (42 %)" or "12 events
     * behind"; empty when it has applied every event stored at the time of the call.
     */
    Optional<String> whyNotCurrent(String processingGroup);
}
