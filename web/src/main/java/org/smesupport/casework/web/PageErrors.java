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
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors on the pages are pages, not the API's problem documents: a record that does not exist is a 404 page, a
 * malformed address a 400 page, anything unexpected a 500 page (and a logged error) that keeps the header, so the user can go on.
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

    /** An address with a malformed part (a year that is not a number, an unknown kind of request). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String malformed(Model model) {
        model.addAttribute("problem", "bad-request");
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
