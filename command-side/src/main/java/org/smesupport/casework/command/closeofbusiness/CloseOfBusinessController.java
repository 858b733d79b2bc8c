package org.smesupport.casework.command.closeofbusiness;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.common.FindBusinessDateQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business date for everyone, and the close of business on demand for supervisors: closes every day
 * after the last closed one up to {@code businessDate} (a day that has ended), recorded under the
 * caller's name; while the lease read model is not current it is a 409.
 */
@RestController
class CloseOfBusinessController {

    private final CloseOfBusinessRun run;
    private final BusinessCalendar calendar;

    CloseOfBusinessController(CloseOfBusinessRun run, BusinessCalendar calendar) {
        this.run = run;
        this.calendar = calendar;
    }

    /**
     * Shows the centre's business date and how far the close of business has run.
     * It names the business date, the last day the close of business closed and the latest day it may close now.
     */
    @GetMapping("/api/business-date")
    BusinessDate businessDate() {
        return calendar.view();
    }

    /** The same for the query bus (the web pages' header). */
    @QueryHandler
    BusinessDate handle(FindBusinessDateQuery query) {
        return calendar.view();
    }

    /** The header set before the run named the business date it found; the answer names the one it left. */
    @PostMapping("/api/leases/close-of-business")
    CloseOfBusinessCatchUp run(@Valid @RequestBody Request request, HttpServletResponse response) {
        CloseOfBusinessCatchUp catchUp = run.catchUpRequested(request.businessDate());
        response.setHeader(BusinessDateHeader.HEADER, catchUp.businessDate().toString());
        return catchUp;
    }

    record Request(@NotNull LocalDate businessDate) {
    }

}
