package org.smesupport.casework.matching;

public enum FairFormat {
    ONLINE,
    IN_PERSON,
    HYBRID
}
