package org.smesupport.casework.api.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An exact amount of yen. Money is never a floating-point number: sums and differences are exact,
 * and anything that divides (interest, instalments) states its rounding rule where it divides.
 * Overflow throws rather than wraps.
 */
public record Yen(long value) implements Comparable<Yen> {

    public static final Yen ZERO = new Yen(0);

    @JsonCreator
    public static Yen of(long value) {
        return new Yen(value);
    }

    @JsonValue
    @Override
    public long value() {
        return value;
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(value, other.value));
    }

    public Yen minus(Yen other) {
        return new Yen(Math.subtractExact(value, other.value));
    }

    public Yen min(Yen other) {
        return value <= other.value ? this : other;
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isPositive() {
        return value > 0;
    }

    public boolean isGreaterThan(Yen other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return "¥" + value;
    }
}
