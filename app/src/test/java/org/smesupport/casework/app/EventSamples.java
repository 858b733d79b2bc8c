package org.smesupport.casework.app;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smesupport.casework.api.company.CorporateNumber;

/**
 * A sample of any event: every record component gets a fixed value by its type, records (ids, amounts,
 * nested parts) are built from samples of their own components, collections hold one sample. Fixed values
 * keep the golden files stable; each type has one value, so the files show shape, not meaning.
 */
final class EventSamples {

    private static final Map<Class<?>, Object> VALUES = Map.ofEntries(
            Map.entry(String.class, "text"),
            Map.entry(int.class, 1),
            Map.entry(Integer.class, 1),
            Map.entry(long.class, 1L),
            Map.entry(Long.class, 1L),
            Map.entry(boolean.class, true),
            Map.entry(Boolean.class, true),
            Map.entry(BigDecimal.class, new BigDecimal("1.5")),
            Map.entry(LocalDate.class, LocalDate.of(2020, 4, 1)),
            // the only value type that checks its content: 13 digits with a valid check digit
            Map.entry(CorporateNumber.class, CorporateNumber.of("7000012050002")));

    private EventSamples() {
    }

    static Object of(Type type) {
        if (type instanceof ParameterizedType generic) {
            Object element = of(generic.getActualTypeArguments()[0]);
            return generic.getRawType() == Set.class ? Set.of(element) : List.of(element);
        }
        Class<?> plain = (Class<?>) type;
        if (VALUES.containsKey(plain)) {
            return VALUES.get(plain);
        }
        if (plain.isEnum()) {
            return plain.getEnumConstants()[0];
        }
        if (plain.isRecord()) {
            return record(plain);
        }
        throw new IllegalArgumentException("no sample for " + type + "; add one to EventSamples");
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(Arrays.stream(components).map(c -> of(c.getGenericType())).toArray());
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a sample " + type.getSimpleName() + " is refused: "
                    + e.getCause().getMessage(), e);
        }
    }
}
