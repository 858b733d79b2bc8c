package org.smesupport.casework.app.audit.search;

import java.util.List;

/** The events that have one searched value, newest first, however they are stored. */
interface PostingList {

    long count();

    /** Up to {@code take} postings, newest first, after skipping the {@code skip} newest. */
    List<AuditPostings.Posting> newestFirst(long skip, int take);

    /** Every posting, newest first, read as the consumer asks. */
    Iterable<AuditPostings.Posting> newestFirst();
}
