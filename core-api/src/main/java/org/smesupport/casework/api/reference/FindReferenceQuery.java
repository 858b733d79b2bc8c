package org.smesupport.casework.api.reference;

/** The record a reference names, exactly as written ({@code 相談-2020-000123}); answered with {@code null} if none. */
public record FindReferenceQuery(String reference) {
}
