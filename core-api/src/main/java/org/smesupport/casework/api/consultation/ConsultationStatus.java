package org.smesupport.casework.api.consultation;

public enum ConsultationStatus {
    OPEN,
    CLOSED
}
