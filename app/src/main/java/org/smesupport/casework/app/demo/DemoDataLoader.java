package org.smesupport.casework.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.app.audit.AuditMetadata;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo history through the command gateway, exactly as caseworkers' requests arrive, so
 * every rule applies and every event carries audit metadata (user "demo-loader"). Skips when the
 * first demo company already exists, so restarts do not duplicate the history.
 */
@Component
@ConditionalOnProperty(name = "casework.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Map<String, String> LOADER = Map.of(
            AuditMetadata.USER, "demo-loader", AuditMetadata.ROLE, AuditMetadata.SYSTEM_ROLE);

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final DemoDataProperties properties;
    private final Clock clock;

    DemoDataLoader(CommandGateway commandGateway, EventStore eventStore, DemoDataProperties properties, Clock clock) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(DemoHistory.FIRST_COMPANY.value()).isPresent()) {
            log.info("Demo data already present; not loading it again");
            return;
        }
        List<Object> commands = new DemoHistory(properties, LocalDate.now(clock)).commands();
        log.info("Loading demo data: {} commands", commands.size());
        for (Object command : commands) {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(LOADER));
        }
        log.info("Demo data loaded");
    }
}
