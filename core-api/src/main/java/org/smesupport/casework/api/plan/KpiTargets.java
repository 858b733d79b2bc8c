package org.smesupport.casework.api.plan;

import java.util.List;

/** A plan's targets in force, and the plan's version (the number of settings, less one; −1 when none). */
public record KpiTargets(String planId, long version, List<KpiTarget> targets) {
}
