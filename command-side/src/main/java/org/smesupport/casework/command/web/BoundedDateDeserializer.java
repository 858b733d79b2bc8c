package org.smesupport.casework.command.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.smesupport.casework.api.common.AcceptedDates;

/**
 * Reads a request's dates as {@code "YYYY-MM-DD"} strings within the {@link AcceptedDates} and
 * nothing else: Jackson's own reader takes a number as days since 1970 ({@code 20200601} became a
 * day in the year 57277) and signed five-digit years, which then break every read model that files
 * the date under a fiscal year. The refusal's message is what {@link UnreadableBody} tells the
 * caller the field accepts.
 */
final class BoundedDateDeserializer extends StdScalarDeserializer<LocalDate> {

    private final transient AcceptedDates dates;

    BoundedDateDeserializer(AcceptedDates dates) {
        super(LocalDate.class);
        this.dates = dates;
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getText();
        Optional<LocalDate> date = parser.currentToken() == JsonToken.VALUE_STRING ? dates.parse(text) : Optional.empty();
        if (date.isEmpty()) {
            throw InvalidFormatException.from(parser, dates.expected(), text, LocalDate.class);
        }
        return date.get();
    }
}
