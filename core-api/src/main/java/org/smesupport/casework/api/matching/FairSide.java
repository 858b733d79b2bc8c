package org.smesupport.casework.api.matching;

/** Which side a fair participant is on: ordering firms (発注企業) or suppliers (受注企業). */
public enum FairSide {
    ORDERING,
    SUPPLYING
}
