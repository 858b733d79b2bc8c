package org.smesupport.casework.command.web;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.LocalDate;
import org.smesupport.casework.api.common.AcceptedDates;

/**
 * The JSON reader for request bodies: a body means exactly what it says or is refused. Lenient
 * reading had stored what clients never meant: a misspelt {@code expectedVersion} silently dropped
 * the concurrency check, {@code {…}}{} stored the first object, an enum ordinal or a duplicate key
 * picked a value nobody chose.
 *
 * <p>Only for HTTP input. Stored events are read by Axon with the application's lenient mapper, so
 * that old events keep loading when a field is removed or an old date is outside today's range.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** A copy of {@code base} (same modules and output settings) that reads strictly. */
    public static ObjectMapper mapper(ObjectMapper base, AcceptedDates dates) {
        ObjectMapper strict = base.copy();
        strict.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        // 1000.5 is not 1000 (amounts are validated as decimals with no fraction for the same reason)
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // a value has one JSON type: "12" is not a number, 12 or true is not text, 1 is not true
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        strict.registerModule(new SimpleModule("bounded-dates")
                .addDeserializer(LocalDate.class, new BoundedDateDeserializer(dates)));
        return strict;
    }
}
