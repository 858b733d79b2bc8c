package org.smesupport.casework.web.matching;

import jakarta.validation.Valid;
import org.axonframework.common.IdentifierFactory;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.web.FormCommands;
import org.smesupport.casework.web.PageQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Receiving an order request (発注申込を受け付ける), linked from the list of open requests. */
@Controller
class OrderRequestReceptionPages {

    private final FormCommands commands;
    private final PageQueries pages;
    private final OrderRequestPageModel page;

    OrderRequestReceptionPages(FormCommands commands, PageQueries pages, OrderRequestPageModel page) {
        this.commands = commands;
        this.pages = pages;
        this.page = page;
    }

    @GetMapping("/matching/order-requests/new")
    String reception(Model model) {
        OrderRequestForm form = new OrderRequestForm();
        form.setOrderRequestId(IdentifierFactory.getInstance().generateIdentifier());
        form.setReceivedOn(pages.businessDate().businessDate());
        model.addAttribute("form", form);
        return "matching/new";
    }

    @PostMapping("/matching/order-requests")
    String receive(@Valid @ModelAttribute("form") OrderRequestForm form, BindingResult errors,
                   RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "matching/new";
        }
        OrderRequestId id = OrderRequestId.of(form.getOrderRequestId());
        if (!commands.create(new ReceiveOrderRequestCommand(id, form.details(), form.getReceivedOn()), errors,
                () -> page.find(id).isPresent())) {
            return "matching/new";
        }
        flash.addFlashAttribute("done", "matching.received");
        return "redirect:/matching/order-requests/" + id.value() + "?version=0";
    }
}
