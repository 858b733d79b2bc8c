package org.smesupport.casework.api.reference;

/** The record a reference names: its kind and its id. */
public record ReferenceView(String reference, ReferenceKind kind, String recordId) {
}
