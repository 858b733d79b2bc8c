package org.smesupport.casework.query;

import org.smesupport.casework.api.published.PublishedFigure;
import org.smesupport.casework.api.published.PublishedFigures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CompanyUpdatedEvent;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.projection.company.CompanyProjection;
import org.smesupport.casework.query.company.CompanyNames;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Read models on the in-memory Mongo server, filled by the real projections (so queries see the
 * documents the projections write), and a query gateway over the real query handlers.
 */
public final class ReadModelFixture implements AutoCloseable {

    private final List<PublishedFigure> published = new ArrayList<>();

    private static final Instant COMPANY_EVENTS_AT = Instant.parse("2020-04-01T00:00:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final Map<String, Long> sequences = new HashMap<>();
    private long globalIndex = -1;

    /** The application's default range: from FY1990 to thirty years after the clock's today. */
    public static AcceptedDates acceptedDates(Clock clock) {
        return new AcceptedDates(LocalDate.of(1990, 4, 1), 30, clock);
    }

    public MongoDatabase database() {
        return client.getDatabase("read-models");
    }

    /** Stamps the events as an event store would and delivers them to the projection as one batch. */
    public void project(Object projection, Instant at, Object... payloads) {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (Object payload : payloads) {
            String aggregateId = aggregateId(payload);
            long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
            globalIndex++;
            batch.add(new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(globalIndex),
                    new GenericDomainEventMessage<>("Test", aggregateId, sequence, payload,
                            MetaData.with("user", "sato").and("role", "CASEWORKER"), "event-" + globalIndex, at)));
        }
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        var result = unitOfWork.executeWithResult(() -> handlers.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException("projection failed", result.exceptionResult());
        }
    }

    /** The company names the programmes' lists and views carry, read from these read models. */
    public CompanyNames companyNames() {
        return new CompanyNames(database());
    }

    /** The published figures of each report: none, unless a test records some with {@link #publish}. */
    public PublishedSource published() {
        return report -> PublishedColumns.of(PublishedFigures.of(report, published.stream()
                .filter(figure -> figure.report().equals(report)).toList()));
    }

    /** A figure the centre published before its records, as the command side's book would answer it. */
    public void publish(PublishedFigure figure) {
        published.add(figure);
    }

    /** A company in the {@code companies} read model, under the name the programmes' views should show. */
    public void registerCompany(String companyId, String name) {
        project(new CompanyProjection(database(), 100), COMPANY_EVENTS_AT, new CompanyRegisteredEvent(
                CompanyId.of(companyId), null, name, Industry.MANUFACTURING, "川崎市", SizeClass.SMALL,
                IdentityDocument.TAX_RETURN));
    }

    public void renameCompany(String companyId, String name) {
        project(new CompanyProjection(database(), 100), COMPANY_EVENTS_AT, new CompanyUpdatedEvent(
                CompanyId.of(companyId), name, Industry.MANUFACTURING, "川崎市", SizeClass.SMALL));
    }

    public QueryGateway gateway(Object... queryHandlers) {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        for (Object handler : queryHandlers) {
            new AnnotationQueryHandlerAdapter<>(handler).subscribe(bus);
        }
        return DefaultQueryGateway.builder().queryBus(bus).build();
    }

    /** Every test event's first component is its aggregate's id. */
    private static String aggregateId(Object payload) {
        try {
            return payload.getClass().getRecordComponents()[0].getAccessor().invoke(payload).toString();
        } catch (ReflectiveOperationException notARecord) {
            throw new IllegalArgumentException(notARecord);
        }
    }

    /** The report endpoint serving just these reports. */
    public static Object reports(QueryGateway queries, FiscalYearReport<?>... reports) {
        return new FiscalYearReportController(new FiscalYearReports(queries, List.of(reports)));
    }

    /** MockMvc for the controllers, writing JSON as the Spring Boot application does (ISO dates). */
    public static MockMvc http(Object... controllers) {
        ObjectMapper json = Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        return MockMvcBuilders.standaloneSetup(controllers)
                .setMessageConverters(new StringHttpMessageConverter(StandardCharsets.UTF_8),
                        new MappingJackson2HttpMessageConverter(json))
                .build();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
