package org.smesupport.casework.command.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.plan.Kpi;
import org.smesupport.casework.api.plan.SetKpiTargetCommand;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Setting a mid-term plan's KPI targets, for administrators (the security configuration's). */
@RestController
@RequestMapping("/api/plans")
class PlanCommandController {

    private final CommandGateway commandGateway;

    PlanCommandController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Sets a mid-term plan's (中期経営計画) target for one KPI and fiscal year.
     * The reason is recorded; the year must lie in the plan's period, and a target equal to the one in force changes
     * nothing. Administrators only.
     *
     * @param planId the plan, {@code plan-<n>}
     */
    @PostMapping("/{planId}/targets")
    CommandResult setTarget(@PathVariable String planId, @Valid @RequestBody SetKpiTargetRequest request) {
        return commandGateway.sendAndWait(new SetKpiTargetCommand(planId, request.kpi(), request.fiscalYear(),
                request.target(), request.reason().trim()));
    }

    record SetKpiTargetRequest(@NotNull Kpi kpi, @Min(1990) @Max(2999) int fiscalYear,
                               @PositiveOrZero long target, @NotBlank @Size(max = 1000) String reason) {
    }
}
