package org.smesupport.casework.projection.matching;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.matching.FairMeetingRecordedEvent;
import org.smesupport.casework.api.matching.FairParticipantRegisteredEvent;
import org.smesupport.casework.api.matching.FairSatisfactionRecordedEvent;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairPlannedEvent;
import org.smesupport.casework.projection.AggregateSequence;
import org.smesupport.casework.projection.ReadModelDates;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.projection.ReadModelStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code matching_fairs} read model: one document per matching fair (商談会) with its plan, participants,
 * satisfaction answers and meetings ({@link FairFields}). A fair has a few hundred participants at most, so
 * they live on its document. The fair keeps the sequence of its last event applied ({@code version}).
 */
@Component
@ProcessingGroup(MatchingProcessingGroups.READ_MODELS)
public class MatchingFairProjection {

    public static final String COLLECTION = "matching_fairs";

    private final ReadModelStore fairs;

    public MatchingFairProjection(MongoDatabase readModels, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        // The year's list on a real MongoDB; the embedded server scans a handful of fairs a year.
        collection.createIndex(Indexes.ascending(FairFields.FISCAL_YEAR, FairFields.STARTS_ON));
        this.fairs = new ReadModelStore(collection, cacheSize);
    }

    @EventHandler
    void on(MatchingFairPlannedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (AggregateSequence.alreadyApplied(fairs.find(event.fairId().value()), sequence)) {
            return;
        }
        Document fair = new Document("_id", event.fairId().value())
                .append(FairFields.NAME, event.name())
                .append(FairFields.STARTS_ON, ReadModelDates.format(event.startsOn()))
                .append(FairFields.ENDS_ON, ReadModelDates.format(event.endsOn()))
                .append(FairFields.FISCAL_YEAR, FiscalYear.containing(event.startsOn()).startYear())
                .append(FairFields.FORMAT, event.format().name())
                .append(FairFields.FOCUS_AREA, event.focusArea())
                .append(FairFields.PARTNERS, event.partners() == null ? new ArrayList<String>() : event.partners())
                .append(FairFields.PARTICIPANTS, new ArrayList<Document>())
                .append(FairFields.SIDES, FairFields.zeroedSides())
                .append(FairFields.MEETINGS, 0L);
        advance(fair, sequence, at);
    }

    @EventHandler
    void on(FairParticipantRegisteredEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document fair = unapplied(event.fairId(), sequence);
        if (fair == null) {
            return;
        }
        FairFields.participants(fair).add(new Document(FairFields.PARTICIPANT_ID, event.participantId())
                .append(FairFields.SIDE, event.side().name())
                .append(FairFields.FIRM_NAME, event.firmName())
                .append(FairFields.COMPANY_ID, event.companyId() == null ? null : event.companyId().value())
                .append(FairFields.SATISFIED, null));
        FairFields.add(side(fair, event.side()), FairFields.PARTICIPANT_COUNT, 1);
        advance(fair, sequence, at);
    }

    /** One answer per participant (the aggregate's rule), so each answer counts once on its side. */
    @EventHandler
    void on(FairSatisfactionRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document fair = unapplied(event.fairId(), sequence);
        if (fair == null) {
            return;
        }
        FairFields.participants(fair).stream()
                .filter(participant -> event.participantId().equals(participant.getString(FairFields.PARTICIPANT_ID)))
                .forEach(participant -> participant.put(FairFields.SATISFIED, event.satisfied()));
        Document side = side(fair, event.side());
        FairFields.add(side, FairFields.ANSWERS, 1);
        FairFields.add(side, FairFields.SATISFIED_COUNT, event.satisfied() ? 1 : 0);
        advance(fair, sequence, at);
    }

    @EventHandler
    void on(FairMeetingRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document fair = unapplied(event.fairId(), sequence);
        if (fair == null) {
            return;
        }
        FairFields.add(fair, FairFields.MEETINGS, 1);
        advance(fair, sequence, at);
    }

    @ResetHandler
    void reset() {
        fairs.clear();
    }

    /** The fair if this event is news to it; {@code null} for a redelivery. */
    private Document unapplied(MatchingFairId fairId, long sequence) {
        Document fair = fairs.find(fairId.value());
        return fair == null || AggregateSequence.alreadyApplied(fair, sequence) ? null : fair;
    }

    private static Document side(Document fair, FairSide side) {
        return FairFields.side(fair.get(FairFields.SIDES, Document.class), side);
    }

    private void advance(Document fair, long sequence, Instant at) {
        fair.append(AggregateSequence.FIELD, sequence).append("updatedAt", Date.from(at));
        fairs.save(fair);
    }
}
