package org.smesupport.casework.web.reference;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Normalizer;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.reference.FindReferenceQuery;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.api.reference.ReferenceView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The header's search by reference: opens the record a reference names, or says that none has it. */
@Controller
class ReferencePages {

    private final QueryGateway queries;

    ReferencePages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/find")
    String find(@RequestParam(required = false) String reference, Model model, HttpServletResponse response) {
        String typed = typed(reference);
        model.addAttribute("reference", typed);
        if (typed.isEmpty()) {
            return "references/find";
        }
        ReferenceView found = queries.query(new FindReferenceQuery(typed),
                ResponseTypes.instanceOf(ReferenceView.class)).join();
        if (found == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "references/find";
        }
        return "redirect:" + UriComponentsBuilder.fromPath(page(found.kind())).buildAndExpand(found.recordId())
                .encode().toUriString();
    }

    /**
     * The reference as stored, however it was typed: NFKC turns full-width digits, letters and hyphens into
     * their half-width forms (and leaves 相談 as it is), and spaces around it are dropped.
     */
    static String typed(String reference) {
        return reference == null ? "" : Normalizer.normalize(reference, Normalizer.Form.NFKC).strip();
    }

    private static String page(ReferenceKind kind) {
        return switch (kind) {
            case CONSULTATION -> "/consultations/{id}";
            case LEASE -> "/leases/{id}";
            case ORDER_REQUEST -> "/matching/order-requests/{id}";
            case RESTRUCTURING -> "/restructuring/cases/{id}";
            case SUCCESSION -> "/succession/cases/{id}";
            case IMPROVEMENT_SUBSIDY -> "/restructuring/subsidies/{id}";
        };
    }
}
