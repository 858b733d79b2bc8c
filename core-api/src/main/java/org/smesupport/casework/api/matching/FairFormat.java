package org.smesupport.casework.api.matching;

public enum FairFormat {
    ONLINE,
    IN_PERSON,
    HYBRID
}
