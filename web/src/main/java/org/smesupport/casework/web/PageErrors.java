package org.smesupport.casework.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Errors on the pages are pages, not the API's problem documents: a record that does not exist is a 404 page,
 * anything unexpected a 500 page (and a logged error) that keeps the header, so the user can go on.
 */
@ControllerAdvice(basePackages = "org.smesupport.casework.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("problem", "not-found");
        return "errors/page";
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String failed(Exception exception, Model model) {
        log.error("Page failed", exception);
        model.addAttribute("problem", "failed");
        return "errors/page";
    }
}
