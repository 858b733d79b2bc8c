package org.smesupport.casework.api.company;

/**
 * A page of companies in id order; {@code page} counts from 0. Each filter is optional ({@code null} for none):
 * {@code name} is part of the name, matched ignoring full- and half-width forms, hiragana and katakana, case
 * and spaces; {@code corporateNumber} the whole number; {@code municipality} the whole municipality.
 */
public record FindCompaniesQuery(String name, String corporateNumber, String municipality, Industry industry,
                                 int page, int size) {

    /** Every company, a page at a time. */
    public static FindCompaniesQuery all(int page, int size) {
        return new FindCompaniesQuery(null, null, null, null, page, size);
    }
}
