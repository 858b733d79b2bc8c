package org.smesupport.casework.command.closeofbusiness;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.smesupport.casework.api.common.NotAfterBusinessDate;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses a command whose {@link NotAfterBusinessDate} date lies after the centre's business date, before
 * its handler runs, so nothing is stored. One rule for every programme: a command opts in by marking its
 * date, and the aggregates stay free of the calendar. Runs inside the
 * {@link org.smesupport.casework.command.common.CommandFailureInterceptor}, which turns the refusal into a 422.
 */
@Component
@Order(0)
public class BusinessDateRule implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final BusinessCalendar calendar;
    private final Map<Class<?>, List<RecordComponent>> datesByType = new ConcurrentHashMap<>();

    public BusinessDateRule(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        List<RecordComponent> dates = datesByType.computeIfAbsent(command.getClass(), BusinessDateRule::markedDates);
        if (!dates.isEmpty()) {
            LocalDate businessDate = calendar.businessDate();
            for (RecordComponent component : dates) {
                LocalDate date = (LocalDate) component.getAccessor().invoke(command);
                BusinessRuleViolation.refuseIf(date != null && date.isAfter(businessDate), component.getName(),
                        "closeOfBusiness.dateAfterBusinessDate", component.getName(), date, businessDate);
            }
        }
        return interceptorChain.proceed();
    }

    private static List<RecordComponent> markedDates(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        List<RecordComponent> marked = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(NotAfterBusinessDate.class)) {
                if (component.getType() != LocalDate.class) {
                    throw new IllegalStateException(type.getName() + "." + component.getName()
                            + " is marked @NotAfterBusinessDate but is not a LocalDate");
                }
                marked.add(component);
            }
        }
        return List.copyOf(marked);
    }
}
