package org.smesupport.casework.company;

/** Tells other aggregates' command handlers whether a company they refer to exists. */
public interface CompanyRegistry {

    boolean isRegistered(CompanyId companyId);
}
