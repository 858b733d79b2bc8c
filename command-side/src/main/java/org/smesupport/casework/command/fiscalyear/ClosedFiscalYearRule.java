package org.smesupport.casework.command.fiscalyear;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.smesupport.casework.api.common.CountsInFiscalYear;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.command.common.BusinessRuleViolation;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses a command whose {@link CountsInFiscalYear} date (or fiscal year) lies in a closed fiscal year,
 * before its handler runs, so nothing is stored and the year's figures stay as published. One rule for
 * every programme (src/docs/adr/0009-closed-fiscal-years.md); runs inside the
 * {@link org.smesupport.casework.command.common.CommandFailureInterceptor}, which turns the refusal into a 422.
 */
@Component
@Order(1)
public class ClosedFiscalYearRule implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final FiscalYearClosures closures;
    private final Map<Class<?>, List<RecordComponent>> markedByType = new ConcurrentHashMap<>();

    public ClosedFiscalYearRule(FiscalYearClosures closures) {
        this.closures = closures;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        for (RecordComponent component : markedByType.computeIfAbsent(command.getClass(), ClosedFiscalYearRule::marked)) {
            Object value = component.getAccessor().invoke(command);
            Optional<FiscalYear> year = yearOf(value);
            if (year.isPresent()) {
                Optional<FiscalYearClosures.Closure> closure = closures.closureOf(year.get());
                if (closure.isPresent()) {
                    throw new BusinessRuleViolation(component.getName(), "fiscalYear.dateInClosedYear",
                            component.getName(), value, year.get().label(), closure.get().closedOn());
                }
            }
        }
        return interceptorChain.proceed();
    }

    /** A date files into the year containing it, an int names the year; out-of-range values are other rules' to refuse. */
    private static Optional<FiscalYear> yearOf(Object value) {
        try {
            if (value instanceof LocalDate date) {
                return Optional.of(FiscalYear.containing(date));
            }
            if (value instanceof Integer startYear) {
                return Optional.of(FiscalYear.of(startYear));
            }
        } catch (IllegalArgumentException outsideTheYearsKept) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<RecordComponent> marked(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        List<RecordComponent> marked = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(CountsInFiscalYear.class)) {
                Class<?> kind = component.getType();
                if (kind != LocalDate.class && kind != int.class && kind != Integer.class) {
                    throw new IllegalStateException(type.getName() + "." + component.getName()
                            + " is marked @CountsInFiscalYear but is neither a LocalDate nor a fiscal year");
                }
                marked.add(component);
            }
        }
        return List.copyOf(marked);
    }
}
