package org.smesupport.casework.app.admin;

/**
 * How a rebuild is going, for an operator: the events done and in all (up to the head the rebuild started at), and,
 * once it has been watched long enough to tell, its rate and the time left at that rate ({@code null} before).
 */
public record RebuildRate(long eventsDone, long eventsTotal, Double eventsPerSecond, Long secondsLeft) {
}
