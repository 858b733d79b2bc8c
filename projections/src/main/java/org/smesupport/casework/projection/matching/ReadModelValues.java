package org.smesupport.casework.projection.matching;

import java.util.Collection;
import java.util.List;
import org.smesupport.casework.api.common.Yen;

/**
 * How the matching read models store values: constants by name, sets of constants as lists in declaration
 * order (so the same set is always the same document), yen as {@code long}.
 */
final class ReadModelValues {

    private ReadModelValues() {
    }

    static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    static List<String> names(Collection<? extends Enum<?>> constants) {
        return constants == null ? List.of() : constants.stream()
                .sorted((left, right) -> Integer.compare(left.ordinal(), right.ordinal()))
                .map(Enum::name)
                .toList();
    }

    static Long yen(Yen amount) {
        return amount == null ? null : amount.value();
    }
}
