package org.smesupport.casework.command.closeofbusiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.command.common.BusinessRuleViolation;

class BusinessDateRuleTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2020, 6, 10);

    private final BusinessCalendar calendar = mock(BusinessCalendar.class);
    private final BusinessDateRule rule = new BusinessDateRule(calendar);

    record Payment(String id, @NotAfterBusinessDate LocalDate receivedOn, LocalDate noticeDate) {
    }

    record Mislabelled(@NotAfterBusinessDate String receivedOn) {
    }

    @BeforeEach
    void businessDate() {
        when(calendar.businessDate()).thenReturn(BUSINESS_DATE);
    }

    @Test
    void aDateOnOrBeforeTheBusinessDatePasses() throws Exception {
        assertThat(handle(new Payment("p-1", BUSINESS_DATE, null))).isEqualTo("handled");
        assertThat(handle(new Payment("p-2", LocalDate.of(2019, 1, 4), BUSINESS_DATE.plusDays(30)))).isEqualTo("handled");
    }

    @Test
    void aMarkedDateAfterTheBusinessDateIsRefusedNamingTheFieldBeforeTheHandlerRuns() {
        assertThatThrownBy(() -> handle(new Payment("p-1", BUSINESS_DATE.plusDays(1), null)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("receivedOn 2020-06-11 is after the business date 2020-06-10: money moves only on or "
                        + "before the business date, which the close of business advances one day at a time.")
                .extracting(failure -> ((BusinessRuleViolation) failure).field()).isEqualTo("receivedOn");
    }

    @Test
    void commandsWithoutAMarkedDateDoNotReadTheCalendar() throws Exception {
        BusinessCalendar untouched = mock(BusinessCalendar.class);
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage("a plain command");
        assertThat(new BusinessDateRule(untouched).handle(new DefaultUnitOfWork<>(command), () -> "handled"))
                .isEqualTo("handled");
        verifyNoInteractions(untouched);
    }

    @Test
    void aMarkOnSomethingOtherThanADateIsAProgrammingError() {
        assertThatThrownBy(() -> handle(new Mislabelled("2020-06-11")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Mislabelled.receivedOn is marked @NotAfterBusinessDate but is not a LocalDate");
    }

    private Object handle(Object payload) throws Exception {
        return rule.handle(new DefaultUnitOfWork<>(GenericCommandMessage.asCommandMessage(payload)), () -> "handled");
    }
}
