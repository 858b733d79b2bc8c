package org.smesupport.casework.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.app.audit.AuditMetadata;
import org.smesupport.casework.command.closeofbusiness.CloseOfBusinessRun;
import org.smesupport.casework.command.importing.ImportFile;
import org.smesupport.casework.command.importing.ImportReport;
import org.smesupport.casework.command.importing.Importer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo history through the command gateway, exactly as caseworkers' requests arrive, so
 * every rule applies and every event carries audit metadata (user "demo-loader", or the demo caseworker
 * and supervisor for lease approvals). Companies and consultations first, then the lease history played
 * in date order with the close of business closing every day in between; then business matching, restructuring
 * and succession, in date order, by the demo caseworker (the supervisor for subsidy decisions); last the figures the
 * reference report published for the four years before the history, through their import. Skips when
 * the first demo company already exists, so restarts do not duplicate the history.
 */
@Component
@ConditionalOnProperty(name = "casework.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Map<String, String> LOADER = Map.of(
            AuditMetadata.USER, "demo-loader", AuditMetadata.ROLE, AuditMetadata.SYSTEM_ROLE);
    /** Commands of this many aggregates are sent at once (the machine's cores are not the limit: the disk is). */
    private static final int SENDERS = 8;
    private static final String PUBLISHED_FIGURES = "published-figures";
    static final String PUBLISHED_FIGURES_FILE = "demo/published-figures-fy2016-2019.csv";

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final CloseOfBusinessRun closeOfBusiness;
    private final DemoDataProperties properties;
    private final Clock clock;
    private final Importer importer;

    DemoDataLoader(CommandGateway commandGateway, EventStore eventStore, CloseOfBusinessRun closeOfBusiness,
                   DemoDataProperties properties, Clock clock, Importer importer) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.closeOfBusiness = closeOfBusiness;
        this.properties = properties;
        this.clock = clock;
        this.importer = importer;
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
        List<Object> consultations = new ArrayList<>(new ConsultationDemoHistory(properties, today, random).commands());
        int companyAndConsultationCommands = companies.size() + consultations.size();
        log.info("Loading demo data: {} company and consultation commands, then the lease history",
                companyAndConsultationCommands);
        PerAggregateSender.send(commandGateway, companies, LOADER, SENDERS);
        // cases refer to the companies, which are all stored by now; each case's commands stay in order
        PerAggregateSender.send(commandGateway, consultations, LOADER, SENDERS);
        log.info("Demo companies and consultations loaded after {} ms; now the lease history, every day closed",
                (System.nanoTime() - started) / 1_000_000);
        GatewayLeaseDesk desk = new GatewayLeaseDesk(commandGateway, eventStore, closeOfBusiness);
        new LeaseDemoHistory(properties, today, companies).play(desk);
        int leaseCommands = desk.commands();
        log.info("Demo lease history loaded after {} ms; now matching, restructuring and succession",
                (System.nanoTime() - started) / 1_000_000);
        List<DemoStep> programmes = new ArrayList<>(new MatchingDemoHistory(properties, today, companies).steps());
        programmes.addAll(new RestructuringDemoHistory(properties, today).steps());
        programmes.addAll(new SuccessionDemoHistory(properties, today).steps());
        DemoDates.play(programmes, desk::send);
        ImportReport published = importer.run(PUBLISHED_FIGURES, publishedFigures(), false);
        log.info("Demo data loaded in {} ms: {} company and consultation commands, {} lease commands, "
                        + "{} close-of-business runs, {} matching, restructuring and succession commands, "
                        + "{} published figures of the years before imported",
                (System.nanoTime() - started) / 1_000_000, companyAndConsultationCommands, leaseCommands, desk.closedDays(),
                programmes.size(), published.stored());
    }

    /** The reference report's FY2016–FY2019 columns, as a centre going live in FY2020 brings them in. */
    private static ImportFile publishedFigures() {
        try (InputStream file = DemoDataLoader.class.getResourceAsStream("/" + PUBLISHED_FIGURES_FILE)) {
            if (file == null) {
                throw new IllegalStateException(PUBLISHED_FIGURES_FILE + " is not on the class path");
            }
            return new ImportFile(PUBLISHED_FIGURES_FILE, file.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
