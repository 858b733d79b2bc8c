package org.smesupport.casework.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.smesupport.casework.api.common.PersonalData;

/**
 * Takes the personal information ({@link PersonalData}) out of an event's fields as the JSON API writes them, at any
 * depth (a succession deal's parties), and says which were withheld, for readers who may see the records behind a
 * figure but not the people in them.
 */
public final class PersonalFields {

    private PersonalFields() {
    }

    /**
     * Removes from {@code fields} (the JSON of {@code value}) every component of {@code value} marked personal;
     * returns their paths ({@code notes}, {@code seller.name}).
     */
    public static List<String> withhold(Object value, Map<String, Object> fields) {
        List<String> withheld = new ArrayList<>();
        withhold("", value, fields, withheld);
        return withheld;
    }

    @SuppressWarnings("unchecked")
    private static void withhold(String path, Object value, Object json, List<String> withheld) {
        if (value == null || json == null) {
            return;
        }
        if (value instanceof Collection<?> items && json instanceof List<?> list) {
            Iterator<?> each = list.iterator();
            for (Object item : items) {
                if (!each.hasNext()) {
                    return;
                }
                withhold(path, item, each.next(), withheld);
            }
            return;
        }
        if (!value.getClass().isRecord() || !(json instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> fields = (Map<String, Object>) json;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String name = component.getName();
            if (component.isAnnotationPresent(PersonalData.class)) {
                if (fields.remove(name) != null) {
                    withheld.add(path + name);
                }
            } else {
                withhold(path + name + ".", read(component, value), fields.get(name), withheld);
            }
        }
    }

    private static Object read(RecordComponent component, Object value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + value.getClass().getName(), e);
        }
    }
}
