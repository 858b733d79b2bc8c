package org.smesupport.casework.web;

import java.util.Optional;
import org.axonframework.common.IdentifierFactory;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.smesupport.casework.api.company.CompanyView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The round trip of a record's forms: opening the record for a company, a step on it from a form on its page, and
 * the page after either, which waits for what the form did. A command is built only once its form is valid, since
 * an invalid form may lack what the command needs.
 */
@Component
public class RecordForms {

    private final FormCommands commands;
    private final PageQueries pages;

    RecordForms(FormCommands commands, PageQueries pages) {
        this.commands = commands;
        this.pages = pages;
    }

    /**
     * The page of a form that opens a case for the company: the form with a new case id and the business date, and
     * the company, in the model; a 404 when the company is unknown.
     */
    public <F extends OpeningForm> String opening(F form, String companyId, Model model, String view) {
        form.setCaseId(IdentifierFactory.getInstance().generateIdentifier());
        form.setCompanyId(company(companyId, model).companyId());
        form.setOpenedOn(pages.businessDate().businessDate());
        model.addAttribute("form", form);
        return view;
    }

    /** The company a record is opened for, put in the model for the opening form's page; a 404 when unknown. */
    public CompanyView company(String companyId, Model model) {
        CompanyView company = pages.company(companyId).orElseThrow(NotFound::new);
        model.addAttribute("company", company);
        return company;
    }

    /**
     * Opens a record under the id its form was shown with ({@link FormCommands#create}, so a double submit opens
     * one): the form's page again when invalid or refused, else the new record's page.
     *
     * @param form   the opening form's view
     * @param record the new record's path, e.g. {@code /succession/cases/{id}}
     */
    public String open(Supplier<Object> command, BindingResult errors, BooleanSupplier exists, String form,
                       String record) {
        if (errors.hasErrors() || !commands.create(command.get(), errors, exists)) {
            return form;
        }
        return "redirect:" + record + "?version=0";
    }

    /**
     * A step on an existing record: refused or invalid, the record's page again with the form's messages (the form
     * Spring bound is in the model already, {@code again}), else the record's page after it.
     *
     * @param done the bundle key of the message the next page shows
     */
    public String step(Supplier<Object> command, BindingResult errors, RedirectAttributes flash, String done,
                       String record, Supplier<String> again) {
        Optional<Long> sent = errors.hasErrors() ? Optional.empty() : commands.send(command.get(), errors);
        if (sent.isEmpty()) {
            return again.get();
        }
        flash.addFlashAttribute("done", done);
        return "redirect:" + record + "?version=" + sent.get();
    }

    /**
     * The record a page shows. {@code version}: the version a form just left it at, which the page waits for
     * (briefly, {@link ReadYourWrites}); the page then says whether the step is still on its way ({@code behind}).
     */
    public <T> T shown(Supplier<Optional<T>> read, ToLongFunction<T> versionOf, Long version, Model model) {
        T record = (version == null ? read.get() : ReadYourWrites.await(read,
                found -> versionOf.applyAsLong(found) >= version)).orElseThrow(NotFound::new);
        model.addAttribute("behind", version != null && versionOf.applyAsLong(record) < version);
        return record;
    }
}
