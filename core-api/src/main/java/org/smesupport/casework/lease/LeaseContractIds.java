package org.smesupport.casework.lease;

import java.util.List;

public record LeaseContractIds(List<LeaseContractId> ids) {
}
