package org.smesupport.casework.app.topology;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when this instance serves the side named by {@link ConditionalOnSide}. */
final class OnSideCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Side side = (Side) metadata.getAnnotationAttributes(ConditionalOnSide.class.getName()).get("value");
        return ServedSides.of(context.getEnvironment()).serves(side);
    }
}
