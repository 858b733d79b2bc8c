package org.smesupport.casework.api.succession;

/** One succession case. */
public record FindSuccessionCaseQuery(SuccessionCaseId caseId) {
}
