package org.smesupport.casework.app.topology;

/**
 * The two halves an instance can serve ({@code casework.serves}): taking commands, or building the read models and
 * answering from them. An instance serves both by default (the embedded default is one process).
 */
public enum Side {
    /** The command API, the close of business, and the processors that send commands or seal the event store. */
    COMMAND,
    /** The query API and reports, the web pages, the administration of read models, and the projections. */
    QUERY
}
