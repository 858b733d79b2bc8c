package org.smesupport.casework.web.restructuring;

import java.util.List;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the restructuring forms' drop-downs offer, each shown by the bundle's label ({@code fields ::
 * labelledChoice}): the kinds of creditor, and a yes-or-no a form asks instead of defaulting (a creditor's consent,
 * a drastic plan, a withdrawal by the firm), worded by the form's own prefix.
 */
@ControllerAdvice(basePackageClasses = RestructuringChoices.class)
class RestructuringChoices {

    @ModelAttribute("creditorKinds")
    List<CreditorKind> creditorKinds() {
        return List.of(CreditorKind.values());
    }

    @ModelAttribute("answers")
    List<Boolean> answers() {
        return List.of(true, false);
    }
}
