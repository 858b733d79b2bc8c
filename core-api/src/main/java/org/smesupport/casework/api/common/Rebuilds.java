package org.smesupport.casework.api.common;

import java.util.List;

/** The read models being rebuilt, each with the share of its replay done (0 to 1); empty when none is. */
public record Rebuilds(List<Rebuild> inProgress) {

    public record Rebuild(String readModel, double progress) {
    }
}
