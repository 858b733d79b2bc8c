package org.smesupport.casework.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.NoCache;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.app.admin.ProcessorHeldElsewhere;
import org.smesupport.casework.app.admin.ProjectionAdministration;
import org.smesupport.casework.app.admin.ProjectionStatus;
import org.smesupport.casework.app.audit.search.AuditSearch;

/**
 * With several query services an erasure may reach one that does not hold every read model with personal texts: the
 * erasure is stored all the same, and the answer names the read models to rebuild on the instance that holds them,
 * rather than failing after the keys are gone.
 */
class PersonalDataErasureControllerTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final AuditSearch audit = mock(AuditSearch.class);
    private final ProjectionAdministration projections = mock(ProjectionAdministration.class);
    private final PersonalDataErasureController controller =
            new PersonalDataErasureController(commands, audit, projections, NoCache.INSTANCE);

    @Test
    void readModelsAnotherInstanceHoldsAreNamedToBeRebuiltThere() {
        when(audit.recordsOfCompany("company-1")).thenReturn(List.of("case-1"));
        when(commands.sendAndWait(any())).thenReturn(new CommandResult("personal-data-erasures-company-1", 0));
        when(projections.replay("consultation-cases")).thenReturn(Optional.of(mock(ProjectionStatus.class)));
        when(projections.replay("lease-contracts")).thenThrow(new ProcessorHeldElsewhere("lease-contracts", "4711@q2", "a replay"));
        when(projections.replay("succession")).thenReturn(Optional.empty());

        var answer = controller.erase(new PersonalDataErasureController.Request("company-1", "本人からの削除請求"));

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(answer.getBody().rebuilding()).containsExactly("consultation-cases");
        assertThat(answer.getBody().rebuildElsewhere()).containsExactly("lease-contracts", "succession");
        assertThat(answer.getBody().records()).containsExactly("company-1", "case-1");
    }
}
