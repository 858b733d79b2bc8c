package org.smesupport.casework.api.common;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claims a value for a record stored before the value was claimed with it; sent by the command side itself
 * (the claim backfills). A value claimed already stays with its holder.
 */
public record ClaimUniqueValueCommand(@TargetAggregateIdentifier String claimId, String holder) {
}
