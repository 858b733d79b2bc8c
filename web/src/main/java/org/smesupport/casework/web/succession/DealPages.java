package org.smesupport.casework.web.succession;

import jakarta.validation.Valid;
import java.util.Objects;
import org.smesupport.casework.api.succession.ConcludeSuccessionDealCommand;
import org.smesupport.casework.api.succession.CorrectSuccessionDealCommand;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseView;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionDealView;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A succession case's deal (成約): concluded from the case's side with another case or a counterpart the centre does
 * not advise, and corrected with a reason. Which party may be what (sides, one deal per case, the prefecture) is the
 * deal's rule, answered in its words.
 */
@Controller
class DealPages {

    private final FormCommands commands;
    private final SuccessionCasePage casePage;

    DealPages(FormCommands commands, SuccessionCasePage casePage) {
        this.commands = commands;
        this.casePage = casePage;
    }

    @PostMapping("/succession/cases/{caseId}/deals")
    String conclude(@PathVariable String caseId, @Valid @ModelAttribute("concluding") DealForm deal,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        SuccessionCaseView succession = casePage.existing(caseId);
        SuccessionDealId dealId = errors.hasFieldErrors("dealId") ? null : SuccessionDealId.of(deal.getDealId());
        if (errors.hasErrors() || !commands.create(concluded(succession, dealId, deal), errors,
                () -> casePage.existing(caseId).deals().stream().anyMatch(entry -> entry.dealId().equals(dealId)))) {
            return casePage.show(succession, model);
        }
        return casePage.afterDeal(caseId, entry -> entry.dealId().equals(dealId), flash, "succession.dealConcluded");
    }

    @PostMapping("/succession/cases/{caseId}/deals/{dealId}/correct")
    String correct(@PathVariable String caseId, @PathVariable String dealId,
                   @Valid @ModelAttribute("correction") CorrectionForm correction, BindingResult errors, Model model,
                   RedirectAttributes flash) {
        SuccessionCaseView succession = casePage.existing(caseId);
        SuccessionDealView recorded = casePage.deal(succession)
                .filter(deal -> deal.dealId().value().equals(dealId)).orElseThrow(NotFound::new);
        DealParty counterpart = SuccessionCasePage.counterpart(recorded, succession);
        DealParty corrected = counterpart.caseId() != null ? new DealParty(counterpart.caseId(), null, null)
                : new DealParty(null, trimmed(correction.getCounterpartName()), correction.isCounterpartInPrefecture());
        boolean sent = !errors.hasErrors() && commands.send(parties(succession, corrected, (seller, buyer) ->
                new CorrectSuccessionDealCommand(recorded.dealId(), seller, buyer, correction.getConcludedOn(),
                        correction.getReason().trim(), correction.getCorrectedOn())), errors).isPresent();
        if (!sent) {
            return casePage.show(succession, model);
        }
        return casePage.afterDeal(caseId, entry -> entry.dealId().equals(recorded.dealId())
                && entry.concludedOn().equals(correction.getConcludedOn())
                && (corrected.name() == null || Objects.equals(entry.counterpart(), corrected.name())),
                flash, "succession.dealCorrected");
    }

    /**
     * The other party as the form names it, sent as it is: a case number and a name together, or neither, are the
     * deal's to refuse. Whether a case is in the prefecture is the case's record, so it is given for a name only.
     */
    private static ConcludeSuccessionDealCommand concluded(SuccessionCaseView succession, SuccessionDealId dealId,
                                                           DealForm deal) {
        String otherCase = trimmed(deal.getCounterpartCaseId());
        DealParty other = new DealParty(otherCase == null ? null : SuccessionCaseId.of(otherCase),
                trimmed(deal.getCounterpartName()), otherCase == null ? deal.isCounterpartInPrefecture() : null);
        return parties(succession, other, (seller, buyer) ->
                new ConcludeSuccessionDealCommand(dealId, seller, buyer, deal.getConcludedOn()));
    }

    /** The case sells on the seller's side and buys on the buyer's; the other party takes the other place. */
    private static <C> C parties(SuccessionCaseView succession, DealParty other, Deal<C> deal) {
        DealParty self = new DealParty(SuccessionCaseId.of(succession.caseId()), null, null);
        return succession.side() == SuccessionSide.BUYER ? deal.between(other, self) : deal.between(self, other);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @FunctionalInterface
    private interface Deal<C> {
        C between(DealParty seller, DealParty buyer);
    }
}
