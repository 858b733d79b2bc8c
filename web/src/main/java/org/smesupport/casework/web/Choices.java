package org.smesupport.casework.web;

import java.util.List;
import org.smesupport.casework.api.company.IdentityDocument;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.matching.ReferralOutcome;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The values a form's drop-downs offer, each shown by its Japanese label: the contract's own label where its enum
 * has one, else the message bundle's ({@code fields :: labelledChoice}).
 */
@ControllerAdvice(basePackages = "org.smesupport.casework.web")
class Choices {

    @ModelAttribute("industries")
    List<Industry> industries() {
        return List.of(Industry.values());
    }

    @ModelAttribute("sizeClasses")
    List<SizeClass> sizeClasses() {
        return List.of(SizeClass.values());
    }

    @ModelAttribute("desks")
    List<Desk> desks() {
        return List.of(Desk.values());
    }

    @ModelAttribute("outcomes")
    List<CaseOutcome> outcomes() {
        return List.of(CaseOutcome.values());
    }

    @ModelAttribute("referralOutcomes")
    List<ReferralOutcome> referralOutcomes() {
        return List.of(ReferralOutcome.values());
    }

    @ModelAttribute("dispatchKinds")
    List<ExpertDispatchKind> dispatchKinds() {
        return List.of(ExpertDispatchKind.values());
    }

    @ModelAttribute("identityDocuments")
    List<IdentityDocument> identityDocuments() {
        return List.of(IdentityDocument.values());
    }

    @ModelAttribute("categories")
    List<ConsultationCategory> categories() {
        return List.of(ConsultationCategory.values());
    }
}
