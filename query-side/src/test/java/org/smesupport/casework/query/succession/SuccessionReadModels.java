package org.smesupport.casework.query.succession;

import java.time.Instant;
import org.smesupport.casework.projection.succession.SuccessionCaseProjection;
import org.smesupport.casework.projection.succession.SuccessionDealProjection;
import org.smesupport.casework.query.ReadModelFixture;

/** Fills both succession read models, for query tests in other packages (the projections are package-private). */
public final class SuccessionReadModels {

    private SuccessionReadModels() {
    }

    public static void project(ReadModelFixture fixture, Instant at, Object... payloads) {
        fixture.project(new SuccessionCaseProjection(fixture.database(), 100), at, payloads);
        fixture.project(new SuccessionDealProjection(fixture.database(), 100), at, payloads);
    }
}
