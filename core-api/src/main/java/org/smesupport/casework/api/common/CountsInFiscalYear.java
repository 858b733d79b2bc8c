package org.smesupport.casework.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what files a command's entry into a fiscal year's figures: a date (the year containing it) or an
 * {@code int} fiscal year (an interest subsidy's). The command side refuses the command when that year
 * is closed, so a closed year's published figures never change (src/docs/adr/0009-closed-fiscal-years.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface CountsInFiscalYear {
}
