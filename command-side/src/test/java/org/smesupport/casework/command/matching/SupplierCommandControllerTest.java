package org.smesupport.casework.command.matching;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.CommandResult;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.api.matching.UpdateSupplierProfileCommand;
import org.smesupport.casework.api.matching.WithdrawSupplierCommand;
import org.smesupport.casework.command.web.CommandApi;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class SupplierCommandControllerTest {

    private static final SupplierId SUPPLIER = SupplierId.of("supplier-company-1");

    private final CommandGateway commandGateway = mock(CommandGateway.class);
    private final MockMvc api = CommandApi.over(new SupplierCommandController(commandGateway));

    private ResultActions postJson(String path, String body) throws Exception {
        return api.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void registersUnderTheIdDerivedFromTheCompanyWithEmptyListsByDefault() throws Exception {
        postJson("/api/matching/suppliers", """
                {"companyId": "company-1", "processes": ["MACHINING"], "availableHoursPerMonth": 160,
                 "region": "KAWASAKI", "registeredOn": "2020-04-10"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/matching/suppliers/supplier-company-1")))
                .andExpect(jsonPath("$.id").value("supplier-company-1"))
                .andExpect(jsonPath("$.version").value(0));
        verify(commandGateway).sendAndWait(new RegisterSupplierCommand(SUPPLIER, CompanyId.of("company-1"),
                new SupplierProfile(Set.of(Process.MACHINING), List.of(), Set.of(), 160, Region.KAWASAKI, Set.of()),
                LocalDate.of(2020, 4, 10)));
    }

    @Test
    void answersASecondRegistrationOfTheCompanyWith409() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("duplicate"));
        postJson("/api/matching/suppliers", """
                {"companyId": "company-1", "processes": ["MACHINING"], "availableHoursPerMonth": 160,
                 "region": "KAWASAKI", "registeredOn": "2020-04-10"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A record with this id already exists."));
    }

    @Test
    void listsEveryInvalidFieldOfARegistration() throws Exception {
        postJson("/api/matching/suppliers", """
                {"companyId": " ", "processes": [], "equipment": ["CNC", " "], "availableHoursPerMonth": 10001}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("companyId", "processes", "equipment[1]",
                        "availableHoursPerMonth", "region", "registeredOn")));
    }

    @Test
    void refusesAnUnknownProcess() throws Exception {
        postJson("/api/matching/suppliers", """
                {"companyId": "company-1", "processes": ["WEAVING"], "availableHoursPerMonth": 1,
                 "region": "KAWASAKI", "registeredOn": "2020-04-10"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("processes[0]"));
    }

    @Test
    void updatesProfileWithExpectedVersion() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("supplier-company-1", 1));
        postJson("/api/matching/suppliers/supplier-company-1/profile", """
                {"processes": ["WELDING"], "equipment": ["TIG溶接機"], "certifications": ["ISO_9001"],
                 "availableHoursPerMonth": 80, "region": "SHONAN", "focusFields": ["EV"],
                 "surveyedOn": "2021-01-20", "expectedVersion": 0}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        verify(commandGateway).sendAndWait(new UpdateSupplierProfileCommand(SUPPLIER,
                new SupplierProfile(Set.of(Process.WELDING), List.of("TIG溶接機"), Set.of(Certification.ISO_9001), 80,
                        Region.SHONAN, Set.of(FocusField.EV)), LocalDate.of(2021, 1, 20), 0L));
    }

    @Test
    void withdrawsWithReason() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new CommandResult("supplier-company-1", 2));
        postJson("/api/matching/suppliers/supplier-company-1/withdraw", """
                {"withdrawnOn": "2020-12-01", "reason": "廃業"}""")
                .andExpect(status().isOk());
        verify(commandGateway).sendAndWait(new WithdrawSupplierCommand(SUPPLIER, LocalDate.of(2020, 12, 1), "廃業"));
    }

    @Test
    void cannotWithdrawWithoutReason() throws Exception {
        postJson("/api/matching/suppliers/supplier-company-1/withdraw", """
                {"withdrawnOn": "2020-12-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("reason")));
    }
}
