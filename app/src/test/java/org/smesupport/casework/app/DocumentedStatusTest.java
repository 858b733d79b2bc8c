package org.smesupport.casework.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.command.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The OpenAPI document takes a handler's status from {@code @ResponseStatus}, which the answer's own status overrides
 * at run time; so a handler that answers 201 through {@link Created} must say 201 there too, or the document would
 * promise 200.
 */
class DocumentedStatusTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.smesupport.casework");

    @Test
    void everyHandlerThatAnswersCreatedDocumentsIt() {
        methods().that(callCreatedAt()).should().beAnnotatedWith(responseStatus(HttpStatus.CREATED))
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaMethod> callCreatedAt() {
        return DescribedPredicate.describe("answer through Created.at", method -> method.getMethodCallsFromSelf()
                .stream().anyMatch(call -> call.getTargetOwner().isEquivalentTo(Created.class)
                        && call.getName().equals("at")));
    }

    private static DescribedPredicate<JavaAnnotation<?>> responseStatus(HttpStatus status) {
        return DescribedPredicate.describe("@ResponseStatus(" + status.name() + ")",
                annotation -> annotation.getRawType().isEquivalentTo(ResponseStatus.class)
                        && annotation.get("value").map(value -> value.toString().endsWith(status.name())).orElse(false));
    }
}
