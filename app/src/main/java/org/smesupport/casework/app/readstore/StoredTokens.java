package org.smesupport.casework.app.readstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The processors' positions and claims as the token store holds them, read without claiming anything: with several
 * instances a processor's segments are claimed by whichever instance got them first, and every other instance
 * (a second query service, a command service that waits for a read model) learns how far it is from here.
 */
public final class StoredTokens {

    /** How long a claim holds without being extended; after it another instance takes the segment over. */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    /** Axon's collection of tracking tokens in the read-model database. */
    static final String COLLECTION = "trackingtokens";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    StoredTokens(MongoDatabase readModels, Serializer serializer) {
        this.tokens = readModels.getCollection(COLLECTION);
        this.serializer = serializer;
    }

    /**
     * One stored segment of a processor.
     *
     * @param owner     the instance holding its claim, or null
     * @param claimedAt when the claim was last taken or extended
     * @param token     how far it is (null: at the start of the stream)
     * @param live      whether the claim is younger than the claim timeout, i.e. its owner is working it
     */
    public record Segment(int segment, String owner, Instant claimedAt, TrackingToken token, boolean live) {

        /** The global position it has processed up to, -1 for none. */
        public long position() {
            return token == null ? -1 : token.position().orElse(-1);
        }

        /** While replaying: the position the replay runs to (the head when it started). */
        public OptionalLong resetPosition() {
            return token instanceof ReplayToken replay && replay.getTokenAtReset() != null
                    ? replay.getTokenAtReset().position() : OptionalLong.empty();
        }

        public boolean replaying() {
            return ReplayToken.isReplay(token);
        }
    }

    /** The processor's segments in order; none before it first ran anywhere. */
    public List<Segment> of(String processor) {
        // the clock Axon stamps claims with, not the business clock
        Instant liveSince = AbstractTokenEntry.clock.instant().minus(CLAIM_TIMEOUT);
        List<Segment> segments = new ArrayList<>();
        for (Document document : tokens.find(Filters.eq("processorName", processor)).sort(Sorts.ascending("segment"))) {
            Binary data = document.get("token", Binary.class);
            Long timestamp = document.getLong("timestamp");
            Instant claimedAt = timestamp == null ? null : Instant.ofEpochMilli(timestamp);
            String owner = document.getString("owner");
            int segment = document.getInteger("segment");
            TrackingToken token = data == null ? null
                    : new GenericTokenEntry<>(data.getData(), document.getString("tokenType"), String.valueOf(claimedAt),
                            owner, processor, segment, byte[].class).getToken(serializer);
            segments.add(new Segment(segment, owner, claimedAt, token,
                    owner != null && claimedAt != null && !claimedAt.isBefore(liveSince)));
        }
        return segments;
    }
}
