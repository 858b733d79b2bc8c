package org.smesupport.casework.command.importing;

import java.util.Map;

/** One row of an import file: its number (from 1) and its cells by column, a blank cell {@code null}. */
public record ImportRow(int number, Map<String, String> values) {
}
