package org.smesupport.casework.query;

import org.smesupport.casework.api.common.ReportFigure;

/** A line of a report as its drill-down knows it: its label and unit, and how its figures are computed. */
record LineFormula(String label, ReportFigure.Unit unit, FigureFormula formula) {
}
