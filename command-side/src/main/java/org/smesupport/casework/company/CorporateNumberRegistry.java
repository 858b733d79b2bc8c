package org.smesupport.casework.company;

import java.util.Optional;

/** Tells the company registration which company holds a corporate number, if any. */
public interface CorporateNumberRegistry {

    Optional<CompanyId> holderOf(CorporateNumber corporateNumber);
}
