package org.smesupport.casework.app.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.Arrays;
import org.springdoc.core.customizers.PropertyCustomizer;

/**
 * Yen amounts arrive as {@link BigDecimal} with {@code @Digits(fraction = 0)}, so that a fraction of a yen is refused
 * rather than cut off (YenAmount); springdoc would document them as {@code number}, and a client generated from the
 * document would send money as a decimal or a double. They are documented as what the API accepts: a 64-bit integer.
 */
final class WholeNumbers implements PropertyCustomizer {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        boolean whole = type.getCtxAnnotations() != null && Arrays.stream(type.getCtxAnnotations())
                .anyMatch(annotation -> annotation instanceof Digits digits && digits.fraction() == 0);
        if (!whole || !isDecimal(type)) {
            return property;
        }
        // a number schema keeps its type when told another: the integer is a schema of its own, with the constraints
        Schema integer = new IntegerSchema().format("int64");
        integer.setDescription(property.getDescription());
        integer.setMinimum(property.getMinimum());
        integer.setExclusiveMinimum(property.getExclusiveMinimum());
        integer.setMaximum(property.getMaximum());
        integer.setExclusiveMaximum(property.getExclusiveMaximum());
        integer.setNullable(property.getNullable());
        return integer;
    }

    private static boolean isDecimal(AnnotatedType type) {
        return type.getType() instanceof Class<?> raw ? BigDecimal.class.equals(raw)
                : type.getType().getTypeName().contains(BigDecimal.class.getName());
    }
}
