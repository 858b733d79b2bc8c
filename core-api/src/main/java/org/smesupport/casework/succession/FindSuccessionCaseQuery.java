package org.smesupport.casework.succession;

/** One succession case. */
public record FindSuccessionCaseQuery(SuccessionCaseId caseId) {
}
