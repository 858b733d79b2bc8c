package org.smesupport.casework.consultation;

public enum ConsultationStatus {
    OPEN,
    CLOSED
}
