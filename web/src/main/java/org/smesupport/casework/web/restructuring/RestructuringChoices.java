package org.smesupport.casework.web.restructuring;

import java.util.List;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the restructuring forms' drop-downs offer: the kinds of subsidy (by their own label), the kinds of
 * creditor (by the bundle's, {@code fields :: labelledChoice}), and a yes-or-no a form asks instead of defaulting
 * (a creditor's consent, a drastic plan, a withdrawal by the firm, a decision), worded by the form's own prefix.
 */
@ControllerAdvice(basePackageClasses = RestructuringChoices.class)
class RestructuringChoices {

    @ModelAttribute("creditorKinds")
    List<CreditorKind> creditorKinds() {
        return List.of(CreditorKind.values());
    }

    @ModelAttribute("subsidyKinds")
    List<ImprovementSubsidyKind> subsidyKinds() {
        return List.of(ImprovementSubsidyKind.values());
    }

    @ModelAttribute("answers")
    List<Boolean> answers() {
        return List.of(true, false);
    }
}
