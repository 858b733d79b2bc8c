package org.smesupport.casework.app.audit.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Consumer;
import org.smesupport.casework.query.Csv;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an audit export as it is read: every event of the scope with its stored row (payload and metadata as
 * stored, Base64, and as text where they are UTF-8) and its link of the chain, so that an external auditor can
 * recompute each digest and link without the product (the README's procedure); JSON Lines also ends with the
 * seals over the links exported. Constant memory: rows are written as the database hands them over.
 */
final class AuditExport {

    static final String FORMAT_NAME = "casework-audit-export/1";
    static final byte[] BYTE_ORDER_MARK = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    private static final String[] COLUMNS = {"position", "eventId", "aggregateType", "aggregateId", "sequence",
        "recordedAt", "payloadType", "payloadRevision", "payload", "metaData", "payloadText", "metaDataText", "n",
        "previous", "digest", "hash"};

    /** Which events an export holds, as a function feeding them in order. */
    interface Scope {
        void events(Consumer<ExportedEvent> each);

        /** How the export names its scope in its first line. */
        ObjectNode describe(ObjectNode scope);
    }

    private final ChainTables chain;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;
    private final Clock clock;

    AuditExport(ChainTables chain, TransactionTemplate readOnly, ObjectMapper json, Clock clock) {
        this.chain = chain;
        this.readOnly = readOnly;
        this.json = json;
        this.clock = clock;
    }

    void jsonLines(Scope scope, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            ObjectNode header = json.createObjectNode().put("kind", "export").put("format", FORMAT_NAME)
                    .put("generatedAt", clock.instant().toString());
            scope.describe(header.putObject("scope"));
            line(out, header);
            long[] linked = {Long.MAX_VALUE, Long.MIN_VALUE};
            scope.events(event -> {
                if (event.n() != null) {
                    linked[0] = Math.min(linked[0], event.n());
                    linked[1] = Math.max(linked[1], event.n());
                }
                ObjectNode line = json.createObjectNode().put("kind", "event");
                fields(event, (name, value) -> line.putPOJO(name, value));
                line(out, line);
            });
            for (ChainSeal seal : chain.seals()) {
                if (seal.n() >= linked[0] && seal.n() <= linked[1]) {
                    line(out, json.createObjectNode().put("kind", "seal").put("name", seal.name()).put("n", seal.n())
                            .put("position", seal.globalIndex()).put("hash", seal.hash()).put("seal", seal.seal()));
                }
            }
        });
    }

    void csv(Scope scope, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            write(out, BYTE_ORDER_MARK);
            StringBuilder header = new StringBuilder();
            Csv.line(header, (Object[]) COLUMNS);
            write(out, header.toString().getBytes(StandardCharsets.UTF_8));
            scope.events(event -> {
                Object[] cells = new Object[COLUMNS.length];
                int[] column = {0};
                fields(event, (name, value) -> cells[column[0]++] = value);
                StringBuilder row = new StringBuilder();
                Csv.line(row, cells);
                write(out, row.toString().getBytes(StandardCharsets.UTF_8));
            });
        });
    }

    /** The fields of an exported event in the order of {@link #COLUMNS}. */
    private static void fields(ExportedEvent event, FieldSink sink) {
        StoredEvent row = event.row();
        sink.put("position", row.globalIndex());
        sink.put("eventId", row.eventIdentifier());
        sink.put("aggregateType", row.aggregateType());
        sink.put("aggregateId", row.aggregateIdentifier());
        sink.put("sequence", row.sequenceNumber());
        sink.put("recordedAt", row.timeStamp());
        sink.put("payloadType", row.payloadType());
        sink.put("payloadRevision", row.payloadRevision());
        sink.put("payload", base64(row.payload()));
        sink.put("metaData", base64(row.metaData()));
        sink.put("payloadText", text(row.payload()));
        sink.put("metaDataText", text(row.metaData()));
        sink.put("n", event.n());
        sink.put("previous", event.previous());
        sink.put("digest", event.digest());
        sink.put("hash", event.hash());
    }

    @FunctionalInterface
    private interface FieldSink {
        void put(String name, Object value);
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    /** The bytes as text where they are UTF-8 (the JSON the serializer wrote), else none: the Base64 is exact. */
    private static String text(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return null;
        }
    }

    private void line(OutputStream out, ObjectNode line) {
        try {
            write(out, json.writeValueAsBytes(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing the export failed", e);
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the export failed", e);
        }
    }
}
