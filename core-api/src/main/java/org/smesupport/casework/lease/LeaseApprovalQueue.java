package org.smesupport.casework.lease;

import java.util.List;

public record LeaseApprovalQueue(List<LeaseApprovalRequest> requests) {
}
