package org.smesupport.casework.api.lease;

import java.util.List;

public record LeaseApprovalQueue(List<LeaseApprovalRequest> requests) {
}
