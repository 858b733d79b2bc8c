package org.smesupport.casework.web;

import java.security.Principal;
import java.util.List;
import org.smesupport.casework.api.common.BusinessDate;
import org.smesupport.casework.api.common.FiscalYear;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header shows: who is signed in, in which roles, and the centre's business date. */
@ControllerAdvice(basePackages = "org.smesupport.casework.web")
public class PageHeader {

    private final PageQueries pages;

    PageHeader(PageQueries pages) {
        this.pages = pages;
    }

    @ModelAttribute("header")
    Header header(Principal principal) {
        if (!(principal instanceof Authentication user)) {
            return null;
        }
        BusinessDate date = pages.businessDate();
        return new Header(user.getName(), roles(user), date, FiscalYear.containing(date.businessDate()));
    }

    public static List<String> roles(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).toList();
    }

    /** @param fiscalYear the fiscal year of the business date: the reports' year unless one is chosen */
    record Header(String user, List<String> roles, BusinessDate businessDate, FiscalYear fiscalYear) {

        public boolean has(String role) {
            return roles.contains(role);
        }
    }
}
