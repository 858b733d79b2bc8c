package org.smesupport.casework.api.privacy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.smesupport.casework.api.common.Reasoned;
import org.smesupport.casework.api.company.CompanyId;

/**
 * Erases the personal information ({@link org.smesupport.casework.api.common.PersonalData}) of a client company's
 * records: the keys its fields were encrypted with are destroyed, so the names and notes in those records' events
 * can no longer be read anywhere, while every count, date and amount stays. {@code records}: the ids of the
 * records (event streams) concerned; an administrator's decision, with a reason.
 */
public record ErasePersonalDataCommand(
        @TargetAggregateIdentifier String erasuresId,
        CompanyId companyId,
        List<String> records,
        String reason) implements Reasoned {

    /** The erasures of one company are one stream, each erasure an event in it. */
    public static ErasePersonalDataCommand of(CompanyId companyId, List<String> records, String reason) {
        return new ErasePersonalDataCommand(streamOf(companyId), companyId, records, reason);
    }

    public static String streamOf(CompanyId companyId) {
        return "personal-data-erasures-" + (companyId == null ? "" : companyId.value());
    }
}
