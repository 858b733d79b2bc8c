package org.smesupport.casework.api.matching;

import java.util.List;

/** One page of corrections awaiting a supervisor; {@code total} counts all of them. */
public record ReferralCorrectionsAwaitingApprovalPage(List<ReferralCorrectionAwaitingApproval> items, int page,
                                                      int size, long total) {
}
