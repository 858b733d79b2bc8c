package org.smesupport.casework.api.company;

/** A page of companies in id order; {@code page} counts from 0. */
public record FindCompaniesQuery(int page, int size) {
}
