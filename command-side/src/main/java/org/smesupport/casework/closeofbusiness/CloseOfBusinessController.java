package org.smesupport.casework.closeofbusiness;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs the close of business for one date on demand (supervisors; re-running a date is harmless). The
 * run is recorded under the caller's name; while the lease read model is not current it is a 409.
 */
@RestController
class CloseOfBusinessController {

    private final CloseOfBusinessRun run;

    CloseOfBusinessController(CloseOfBusinessRun run) {
        this.run = run;
    }

    @PostMapping("/api/leases/close-of-business")
    CloseOfBusinessSummary run(@Valid @RequestBody Request request) {
        return run.runRequested(request.businessDate());
    }

    record Request(@NotNull LocalDate businessDate) {
    }
}
