package org.smesupport.casework.projection.matching;

import java.util.List;
import org.bson.Document;
import org.smesupport.casework.api.matching.FairSide;

/**
 * The shape of a {@code matching_fairs} document: the plan, the {@code participants} in order of registration
 * (each with its survey answer, {@code null} until answered), per side the participants, answers and satisfied
 * answers ({@code sides.ORDERING}, {@code sides.SUPPLYING}), and the meetings held.
 */
public final class FairFields {

    public static final String NAME = "name";
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";
    /** The fiscal year the fair starts in, which the report counts it under. */
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String FORMAT = "format";
    public static final String FOCUS_AREA = "focusArea";
    public static final String PARTNERS = "partners";
    public static final String PARTICIPANTS = "participants";
    public static final String SIDES = "sides";
    public static final String MEETINGS = "meetings";

    public static final String PARTICIPANT_ID = "participantId";
    public static final String SIDE = "side";
    public static final String FIRM_NAME = "firmName";
    public static final String COMPANY_ID = "companyId";
    public static final String SATISFIED = "satisfied";

    /** Per side: participants registered, survey answers, satisfied answers. */
    public static final String PARTICIPANT_COUNT = "participants";
    public static final String ANSWERS = "answers";
    public static final String SATISFIED_COUNT = "satisfied";

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

    public static Document side(Document sides, FairSide side) {
        return sides.get(side.name(), Document.class);
    }

    static void add(Document counters, String field, long value) {
        counters.put(field, counters.getLong(field) + value);
    }

    public static List<Document> participants(Document fair) {
        return fair.getList(PARTICIPANTS, Document.class);
    }
}
