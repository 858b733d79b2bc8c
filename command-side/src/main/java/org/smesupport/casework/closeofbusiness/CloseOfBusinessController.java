package org.smesupport.casework.closeofbusiness;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Runs the close of business for one date on demand (operators; re-running a date is harmless). */
@RestController
class CloseOfBusinessController {

    private final CloseOfBusinessRun run;

    CloseOfBusinessController(CloseOfBusinessRun run) {
        this.run = run;
    }

    @PostMapping("/api/leases/close-of-business")
    CloseOfBusinessSummary run(@Valid @RequestBody Request request) {
        return run.runFor(request.businessDate());
    }

    record Request(@NotNull LocalDate businessDate) {
    }
}
