package org.smesupport.casework.matching;

import java.util.List;
import org.bson.Document;

/**
 * The shape of a {@code matching_fairs} document: the plan, the {@code participants} in order of registration
 * (each with its survey answer, {@code null} until answered), per side the participants, answers and satisfied
 * answers ({@code sides.ORDERING}, {@code sides.SUPPLYING}), and the meetings held.
 */
final class FairFields {

    static final String NAME = "name";
    static final String STARTS_ON = "startsOn";
    static final String ENDS_ON = "endsOn";
    /** The fiscal year the fair starts in, which the report counts it under. */
    static final String FISCAL_YEAR = "fiscalYear";
    static final String FORMAT = "format";
    static final String FOCUS_AREA = "focusArea";
    static final String PARTNERS = "partners";
    static final String PARTICIPANTS = "participants";
    static final String SIDES = "sides";
    static final String MEETINGS = "meetings";

    static final String PARTICIPANT_ID = "participantId";
    static final String SIDE = "side";
    static final String FIRM_NAME = "firmName";
    static final String COMPANY_ID = "companyId";
    static final String SATISFIED = "satisfied";

    /** Per side: participants registered, survey answers, satisfied answers. */
    static final String PARTICIPANT_COUNT = "participants";
    static final String ANSWERS = "answers";
    static final String SATISFIED_COUNT = "satisfied";

    private FairFields() {
    }

    /** Both sides at zero. */
    static Document zeroedSides() {
        Document sides = new Document();
        for (FairSide side : FairSide.values()) {
            sides.append(side.name(), new Document(PARTICIPANT_COUNT, 0L).append(ANSWERS, 0L).append(SATISFIED_COUNT, 0L));
        }
        return sides;
    }

    static Document side(Document sides, FairSide side) {
        return sides.get(side.name(), Document.class);
    }

    static void add(Document counters, String field, long value) {
        counters.put(field, counters.getLong(field) + value);
    }

    static List<Document> participants(Document fair) {
        return fair.getList(PARTICIPANTS, Document.class);
    }
}
