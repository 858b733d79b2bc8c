package org.smesupport.casework.api.company;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The 13-digit Japanese corporate number (法人番号). Its first digit is a check digit over the other
 * twelve: 9 - (Σ P(n) × Q(n) mod 9), where P(n) is the n-th digit counted from the right of the
 * twelve-digit base and Q(n) is 1 for odd n and 2 for even n (National Tax Agency specification).
 */
public record CorporateNumber(String value) {

    public CorporateNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("corporate number must be 13 digits with a valid check digit");
        }
    }

    @JsonCreator
    public static CorporateNumber of(String value) {
        return new CorporateNumber(value);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{13}")) {
            return false;
        }
        return candidate.charAt(0) - '0' == checkDigit(candidate.substring(1));
    }

    /** The check digit for a twelve-digit base. */
    public static int checkDigit(String base) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
