package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;

/**
 * The terms a contract was made on and its schedule, as the contract's first event gives them: opened here
 * ({@link LeaseContractOpenedEvent}) or brought forward from the centre's earlier books at the cut-over
 * ({@link LeaseContractBroughtForwardEvent}). What reads a contract's terms reads them through this, whichever
 * way it began.
 */
public interface LeaseContractTerms {

    LeaseContractId contractId();

    CompanyId companyId();

    Industry industry();

    SizeClass sizeClass();

    ContractKind kind();

    String equipment();

    Yen amount();

    Yen downPayment();

    Yen financedPrincipal();

    int termMonths();

    PaymentFrequency frequency();

    int annualRateBasisPoints();

    int interestFreeMonths();

    LocalDate contractDate();

    List<Instalment> schedule();
}
