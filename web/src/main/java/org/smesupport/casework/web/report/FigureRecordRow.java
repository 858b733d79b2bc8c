package org.smesupport.casework.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.smesupport.casework.api.common.FigureRecord;
import org.smesupport.casework.web.history.EventFields;

/**
 * One record behind a figure as the drill-down page prints it: recorded at the centre's local time, who recorded it
 * and on which business date, and the event's fields as text.
 */
record FigureRecordRow(FigureRecord record, LocalDateTime recordedAt, String user, String businessDate,
                       List<EventFields.Field> fields) {

    static FigureRecordRow of(FigureRecord record, ZoneId zone, ObjectMapper json) {
        return new FigureRecordRow(record, LocalDateTime.ofInstant(record.recordedAt(), zone),
                Objects.toString(record.metadata().get("user"), "-"),
                Objects.toString(record.metadata().get("businessDate"), "-"), EventFields.of(record.payload(), json));
    }
}
