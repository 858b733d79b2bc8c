package org.smesupport.casework.app.audit.search;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import org.smesupport.casework.api.company.CompanyId;

/**
 * The company an event names in its {@code companyId} component, if it has one (a case, a contract or a supplier
 * opened for a company; a fair's participant), read from the event record itself.
 */
final class CompanyOfEvent {

    private static final ClassValue<Optional<RecordComponent>> COMPONENT = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getName().equals("companyId")
                            && component.getType() == CompanyId.class)
                    .findFirst() : Optional.empty();
        }
    };

    private CompanyOfEvent() {
    }

    static Optional<String> of(Object payload) {
        return COMPONENT.get(payload.getClass()).map(component -> {
            try {
                CompanyId id = (CompanyId) component.getAccessor().invoke(payload);
                return id == null ? null : id.value();
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read the company of " + payload.getClass().getName(), e);
            }
        });
    }
}
