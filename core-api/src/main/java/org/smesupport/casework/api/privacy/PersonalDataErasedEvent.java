package org.smesupport.casework.api.privacy;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.smesupport.casework.api.company.CompanyId;

/**
 * The personal information of a company's records was erased: the records' keys were destroyed in the same
 * transaction as this event was stored. {@code records}: the record ids (event streams), in the order given.
 */
@Revision("1")
public record PersonalDataErasedEvent(
        CompanyId companyId,
        List<String> records,
        String reason) {
}
