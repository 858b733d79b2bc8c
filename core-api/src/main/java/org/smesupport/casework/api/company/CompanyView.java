package org.smesupport.casework.api.company;

import java.time.Instant;

/**
 * A company as registered and last updated; {@code version} is the expected version for the next command.
 * {@code corporateNumber} is absent for a sole proprietor registered on an {@code identityDocument};
 * {@code kana}, the name's reading (フリガナ), where one was given at registration.
 */
public record CompanyView(
        String companyId,
        String corporateNumber,
        IdentityDocument identityDocument,
        String name,
        String kana,
        Industry industry,
        String municipality,
        SizeClass sizeClass,
        long version,
        Instant registeredAt,
        Instant updatedAt) {
}
