package org.smesupport.casework.app.readstore;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash of the embedded default, resets every projection that can replay, before any
 * processor starts, so that each read model is rebuilt from the events (see
 * {@link EmbeddedReadStoreShutdown} for why they cannot be trusted). Processors that must never
 * replay (they send commands) keep their position.
 */
final class RebuildAfterCrash {

    private static final Logger log = LoggerFactory.getLogger(RebuildAfterCrash.class);

    private RebuildAfterCrash() {
    }

    static void register(Configuration configuration, EmbeddedReadStoreShutdown shutdown) {
        configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            if (shutdown.lastRunCrashed()) {
                rebuild(configuration.eventProcessingConfiguration());
            }
            shutdown.opened();
        });
    }

    private static void rebuild(EventProcessingConfiguration processing) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                log.warn("The read-model store was not closed properly (the process was killed or crashed): "
                        + "rebuilding projection {} from the events", name);
                streaming.resetTokens();
            }
        });
    }
}
