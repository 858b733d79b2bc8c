package org.smesupport.casework.app.topology;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/** A bean of the application's own that exists only on instances serving the given side ({@code casework.serves}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Conditional(OnSideCondition.class)
public @interface ConditionalOnSide {

    Side value();
}
