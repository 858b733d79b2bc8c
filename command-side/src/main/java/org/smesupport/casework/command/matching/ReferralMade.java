package org.smesupport.casework.command.matching;

/**
 * The answer to an introduction: the order request's id and version, as every command answers, and the
 * referral's generated id, which its outcome and corrections address.
 */
record ReferralMade(String id, long version, String referralId) {
}
