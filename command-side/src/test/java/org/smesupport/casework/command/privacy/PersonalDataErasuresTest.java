package org.smesupport.casework.command.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.privacy.ErasePersonalDataCommand;
import org.smesupport.casework.api.privacy.PersonalDataErasedEvent;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.smesupport.casework.command.company.CompanyRegistry;

class PersonalDataErasuresTest {

    private static final CompanyId COMPANY = CompanyId.of("company-1");
    private static final String STREAM = ErasePersonalDataCommand.streamOf(COMPANY);

    private final List<String> destroyed = new ArrayList<>();
    private AggregateTestFixture<PersonalDataErasures> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PersonalDataErasures.class);
        fixture.registerInjectableResource((CompanyRegistry) company -> company.equals(COMPANY));
        fixture.registerInjectableResource((PersonalDataKeys) (Collection<String> records) -> destroyed.addAll(records));
    }

    @Test
    void anErasureDestroysTheRecordsKeysAndRecordsWhichAndWhy() {
        fixture.givenNoPriorActivity()
                .when(ErasePersonalDataCommand.of(COMPANY, List.of("company-1", "case-1", "case-1", "lease-1"),
                        "本人からの削除請求"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonalDataErasedEvent(COMPANY, List.of("company-1", "case-1", "lease-1"),
                        "本人からの削除請求"));
        assertThat(destroyed).containsExactly("company-1", "case-1", "lease-1");
    }

    @Test
    void aLaterErasureOfTheSameCompanyIsAnotherEventInItsStream() {
        fixture.given(new PersonalDataErasedEvent(COMPANY, List.of("case-1"), "本人からの削除請求"))
                .when(ErasePersonalDataCommand.of(COMPANY, List.of("case-2"), "追加の相談記録"))
                .expectEvents(new PersonalDataErasedEvent(COMPANY, List.of("case-2"), "追加の相談記録"));
        assertThat(STREAM).isEqualTo("personal-data-erasures-company-1");
    }

    @Test
    void anErasureNeedsARegisteredCompanyAndDestroysNothingOtherwise() {
        fixture.givenNoPriorActivity()
                .when(ErasePersonalDataCommand.of(CompanyId.of("company-9"), List.of("case-1"), "請求"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("No company company-9 is registered.")
                .expectNoEvents();
        assertThat(destroyed).isEmpty();
    }

    @Test
    void anErasureNeedsAReason() {
        fixture.givenNoPriorActivity()
                .when(ErasePersonalDataCommand.of(COMPANY, List.of("case-1"), " "))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("An erasure of personal information needs a reason.");
        assertThat(destroyed).isEmpty();
    }

    @Test
    void anErasureNeedsRecords() {
        fixture.givenNoPriorActivity()
                .when(ErasePersonalDataCommand.of(COMPANY, List.of(), "請求"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("Company company-1 has no records to erase personal information from.");
        assertThat(destroyed).isEmpty();
    }
}
