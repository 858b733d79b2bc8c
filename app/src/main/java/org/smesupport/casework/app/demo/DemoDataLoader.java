package org.smesupport.casework.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.app.audit.AuditMetadata;
import org.smesupport.casework.closeofbusiness.CloseOfBusinessRun;
import org.smesupport.casework.company.RegisterCompanyCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo history through the command gateway, exactly as caseworkers' requests arrive, so
 * every rule applies and every event carries audit metadata (user "demo-loader", or the demo caseworker
 * and supervisor for lease approvals). Companies and consultations first, then the lease history played
 * in date order with the close of business closing every day in between; then business matching, restructuring
 * and succession, in date order, by the demo caseworker (the supervisor for subsidy decisions). Skips when
 * the first demo company already exists, so restarts do not duplicate the history.
 */
@Component
@ConditionalOnProperty(name = "casework.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Map<String, String> LOADER = Map.of(
            AuditMetadata.USER, "demo-loader", AuditMetadata.ROLE, AuditMetadata.SYSTEM_ROLE);

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final CloseOfBusinessRun closeOfBusiness;
    private final DemoDataProperties properties;
    private final Clock clock;

    DemoDataLoader(CommandGateway commandGateway, EventStore eventStore, CloseOfBusinessRun closeOfBusiness,
                   DemoDataProperties properties, Clock clock) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.closeOfBusiness = closeOfBusiness;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (eventStore.lastSequenceNumberFor(DemoCompanies.FIRST_COMPANY.value()).isPresent()) {
            log.info("Demo data already present; not loading it again");
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(properties.seed());
        List<RegisterCompanyCommand> companies = DemoCompanies.generate(random);
        List<Object> commands = new ArrayList<>(companies);
        commands.addAll(new ConsultationDemoHistory(properties, today, random).commands());
        log.info("Loading demo data: {} company and consultation commands, then the lease history", commands.size());
        for (Object command : commands) {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(LOADER));
        }
        GatewayLeaseDesk desk = new GatewayLeaseDesk(commandGateway, eventStore, closeOfBusiness);
        new LeaseDemoHistory(properties, today, companies).play(desk);
        int leaseCommands = desk.commands();
        List<DemoStep> programmes = new ArrayList<>(new MatchingDemoHistory(properties, today, companies).steps());
        programmes.addAll(new RestructuringDemoHistory(properties, today).steps());
        programmes.addAll(new SuccessionDemoHistory(properties, today).steps());
        DemoDates.play(programmes, desk::send);
        log.info("Demo data loaded in {} ms: {} company and consultation commands, {} lease commands, "
                        + "{} close-of-business runs, {} matching, restructuring and succession commands",
                (System.nanoTime() - started) / 1_000_000, commands.size(), leaseCommands, desk.closedDays(),
                programmes.size());
    }
}
