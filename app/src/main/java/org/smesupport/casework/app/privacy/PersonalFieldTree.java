package org.smesupport.casework.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.smesupport.casework.api.common.PersonalData;

/**
 * Where an event type holds personal information ({@link PersonalData}): its marked text components, at any depth
 * (a succession deal's parties, a list of them), as a tree of the components that lead to one. The same tree maps
 * an event object (to encrypt it before it is stored) and its stored JSON (to decrypt it when it is read), so both
 * sides agree on which fields are personal. Types without personal information have no tree.
 */
final class PersonalFieldTree {

    private static final Map<String, Optional<PersonalFieldTree>> BY_TYPE_NAME = new ConcurrentHashMap<>();

    /** By component name: a marked text ({@code null}), or the tree of a record (or of a list's elements). */
    private final Map<String, PersonalFieldTree> components;
    private final Map<String, Boolean> lists;
    private final Constructor<?> canonical;
    private final RecordComponent[] recordComponents;

    private PersonalFieldTree(Class<?> type, Map<String, PersonalFieldTree> components, Map<String, Boolean> lists) {
        this.components = components;
        this.lists = lists;
        this.recordComponents = type.getRecordComponents();
        try {
            this.canonical = type.getDeclaredConstructor(Arrays.stream(recordComponents)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
        }
    }

    /** The tree of the event type stored under {@code typeName}, empty when it holds no personal information. */
    static Optional<PersonalFieldTree> ofTypeName(String typeName) {
        return BY_TYPE_NAME.computeIfAbsent(typeName, name -> {
            try {
                return of(Class.forName(name));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<PersonalFieldTree> of(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        Map<String, PersonalFieldTree> components = new LinkedHashMap<>();
        Map<String, Boolean> lists = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class)) {
                if (component.getType() != String.class) {
                    throw new IllegalStateException("@PersonalData marks text only: " + type.getName() + "."
                            + component.getName());
                }
                components.put(component.getName(), null);
            } else if (Collection.class.isAssignableFrom(component.getType())) {
                elementType(component.getGenericType()).flatMap(PersonalFieldTree::of).ifPresent(tree -> {
                    components.put(component.getName(), tree);
                    lists.put(component.getName(), true);
                });
            } else if (component.getType() != type) {
                of(component.getType()).ifPresent(tree -> components.put(component.getName(), tree));
            }
        }
        return components.isEmpty() ? Optional.empty() : Optional.of(new PersonalFieldTree(type, components, lists));
    }

    /** {@code value} with every personal text replaced by {@code change} of it (nulls stay null). */
    Object map(Object value, UnaryOperator<String> change) {
        if (value == null) {
            return null;
        }
        Object[] arguments = new Object[recordComponents.length];
        for (int i = 0; i < recordComponents.length; i++) {
            RecordComponent component = recordComponents[i];
            Object current = read(component, value);
            String name = component.getName();
            if (!components.containsKey(name) || current == null) {
                arguments[i] = current;
            } else if (components.get(name) == null) {
                arguments[i] = change.apply((String) current);
            } else if (lists.containsKey(name)) {
                List<Object> mapped = new ArrayList<>();
                for (Object item : (Collection<?>) current) {
                    mapped.add(components.get(name).map(item, change));
                }
                arguments[i] = List.copyOf(mapped);
            } else {
                arguments[i] = components.get(name).map(current, change);
            }
        }
        try {
            return canonical.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild " + value.getClass().getName(), e);
        }
    }

    /** Changes, in place, every personal text of {@code json} (the stored form of a value of this tree's type). */
    void mapJson(JsonNode json, UnaryOperator<String> change) {
        if (!(json instanceof ObjectNode object)) {
            return;
        }
        components.forEach((name, tree) -> {
            JsonNode field = object.get(name);
            if (field == null || field.isNull()) {
                return;
            }
            if (tree == null) {
                if (field.isTextual()) {
                    object.set(name, TextNode.valueOf(change.apply(field.textValue())));
                }
            } else if (lists.containsKey(name)) {
                field.forEach(item -> tree.mapJson(item, change));
            } else {
                tree.mapJson(field, change);
            }
        });
    }

    private static Optional<Class<?>> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return Optional.of(element);
        }
        return Optional.empty();
    }

    private static Object read(RecordComponent component, Object value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + value.getClass().getName(), e);
        }
    }
}
