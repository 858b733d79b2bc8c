package org.smesupport.casework.api.common;

import java.time.LocalDate;

/**
 * @param businessDate       the day the centre works on: money moves on it or before it
 * @param lastClosedDate     the latest day the close of business closed; absent before its first run
 * @param latestClosableDate yesterday: the latest day a close of business may close now
 */
public record BusinessDate(LocalDate businessDate, LocalDate lastClosedDate, LocalDate latestClosableDate) {
}
