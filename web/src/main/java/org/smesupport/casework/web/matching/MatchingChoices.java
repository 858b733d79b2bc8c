package org.smesupport.casework.web.matching;

import java.util.List;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FairFormat;
import org.smesupport.casework.api.matching.FairSide;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The values the matching forms offer: processes, regions and focus fields by their own labels, the rest by the bundle's. */
@ControllerAdvice(basePackages = "org.smesupport.casework.web.matching")
class MatchingChoices {

    @ModelAttribute("processes")
    List<Process> processes() {
        return List.of(Process.values());
    }

    @ModelAttribute("regions")
    List<Region> regions() {
        return List.of(Region.values());
    }

    @ModelAttribute("certifications")
    List<Certification> certifications() {
        return List.of(Certification.values());
    }

    @ModelAttribute("focusFields")
    List<FocusField> focusFields() {
        return List.of(FocusField.values());
    }

    @ModelAttribute("fairFormats")
    List<FairFormat> fairFormats() {
        return List.of(FairFormat.values());
    }

    /** A fair's satisfaction survey asks one question: satisfied or not. */
    @ModelAttribute("satisfactionAnswers")
    List<Boolean> satisfactionAnswers() {
        return List.of(true, false);
    }

    @ModelAttribute("fairSides")
    List<FairSide> fairSides() {
        return List.of(FairSide.values());
    }
}
