package org.smesupport.casework.api.matching;

import java.time.LocalDate;

public record OrderRequestFilledEvent(
        OrderRequestId orderRequestId,
        LocalDate filledOn) {
}
