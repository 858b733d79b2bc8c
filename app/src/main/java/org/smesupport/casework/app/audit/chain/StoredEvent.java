package org.smesupport.casework.app.audit.chain;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One row of the SQL event store exactly as stored: the bytes of the payload and metadata as serialised then, not
 * as today's code would read them (an upcaster or a changed class must not make an untouched event look altered).
 */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateType, String aggregateIdentifier,
                   long sequenceNumber, String timeStamp, String payloadType, String payloadRevision, byte[] payload,
                   byte[] metaData) {

    /** What the chain seals of the event: every stored column, each length-prefixed so no two rows read alike. */
    byte[] digest() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + payload.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(globalIndex);
            text(out, eventIdentifier);
            text(out, aggregateType);
            text(out, aggregateIdentifier);
            out.writeLong(sequenceNumber);
            text(out, timeStamp);
            text(out, payloadType);
            text(out, payloadRevision);
            binary(out, payload);
            binary(out, metaData);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return ChainHashes.sha256(bytes.toByteArray());
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        binary(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void binary(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }
}
