package org.smesupport.casework.app.topology;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What this instance serves, from {@code casework.serves} ({@code command}, {@code query}, or both, the default).
 * Read from the environment rather than a properties bean because it decides which beans exist at all.
 */
public record ServedSides(Set<Side> sides) {

    public static final String PROPERTY = "casework.serves";

    public ServedSides {
        if (sides.isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + " names no side: give command, query or both");
        }
        sides = Set.copyOf(sides);
    }

    public static ServedSides of(Environment environment) {
        return new ServedSides(Binder.get(environment).bind(PROPERTY, Bindable.setOf(Side.class))
                .orElse(EnumSet.allOf(Side.class)));
    }

    public boolean serves(Side side) {
        return sides.contains(side);
    }
}
