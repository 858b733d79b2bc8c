package org.smesupport.casework.command.fiscalyear;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.fiscalyear.CloseFiscalYearCommand;
import org.smesupport.casework.api.fiscalyear.ReopenFiscalYearCommand;
import org.smesupport.casework.command.closeofbusiness.BusinessCalendar;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The closed fiscal years for everyone; closing one for supervisors, reopening one for administrators
 * (the roles are the security configuration's). The business date of the close is the centre's, never
 * the caller's.
 */
@RestController
@RequestMapping("/api/fiscal-years")
class FiscalYearController {

    private final CommandGateway commandGateway;
    private final FiscalYearClosures closures;
    private final BusinessCalendar calendar;

    FiscalYearController(CommandGateway commandGateway, FiscalYearClosures closures, BusinessCalendar calendar) {
        this.commandGateway = commandGateway;
        this.closures = closures;
        this.calendar = calendar;
    }

    /**
     * Lists the closed fiscal years, oldest first.
     * Each says when, by whom and why it was closed.
     */
    @GetMapping
    List<FiscalYearClosures.Closure> closed() {
        return List.copyOf(closures.closed().values());
    }

    /**
     * Closes a fiscal year, with a reason, so that its figures are final (年度締め).
     * Possible once the close of business has closed 31 March; entries dated in a closed year are refused from then
     * on. Supervisors and administrators only.
     *
     * @param fiscalYear the year it starts in: 2020 for FY2020 (April 2020 to March 2021)
     */
    @PostMapping("/{fiscalYear}/close")
    CommandResult close(@PathVariable int fiscalYear, @Valid @RequestBody Request request) {
        return commandGateway.sendAndWait(new CloseFiscalYearCommand(CloseFiscalYearCommand.LEDGER_ID, fiscalYear,
                request.reason(), calendar.businessDate()));
    }

    /**
     * Reopens a closed fiscal year, with a reason.
     * Entries dated in it are accepted again. Administrators only.
     *
     * @param fiscalYear the year it starts in: 2020 for FY2020 (April 2020 to March 2021)
     */
    @PostMapping("/{fiscalYear}/reopen")
    CommandResult reopen(@PathVariable int fiscalYear, @Valid @RequestBody Request request) {
        return commandGateway.sendAndWait(new ReopenFiscalYearCommand(CloseFiscalYearCommand.LEDGER_ID, fiscalYear,
                request.reason(), calendar.businessDate()));
    }

    record Request(@NotBlank @Size(max = 1000) String reason) {
    }
}
