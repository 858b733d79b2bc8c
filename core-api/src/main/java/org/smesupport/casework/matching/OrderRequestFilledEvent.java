package org.smesupport.casework.matching;

import java.time.LocalDate;

public record OrderRequestFilledEvent(
        OrderRequestId orderRequestId,
        LocalDate filledOn) {
}
