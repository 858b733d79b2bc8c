package org.smesupport.casework.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event (or of a value inside one) that holds personal information: a person's name (a
 * counsellor, an expert, a party to a succession deal), or free text about people (session notes, a closing
 * summary, a supervisor's comment). Staff who work the cases and auditors read it; a reader of reports sees the
 * records behind a figure without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {

    /**
     * What a marked text reads as once its record's personal information was erased
     * ({@code org.smesupport.casework.api.privacy.ErasePersonalDataCommand}).
     */
    String ERASED = "（消去済み）";
}
