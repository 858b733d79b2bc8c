package org.smesupport.casework.command.closeofbusiness;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Puts the centre's business date on every API response ({@code X-Business-Date}), so a client always
 * sees which day the centre is working on, the day after which money-moving entries are refused. Set
 * after authentication and before the handler, so an answer to a caller that was let in carries it,
 * refusals included.
 */
final class BusinessDateHeader implements HandlerInterceptor {

    static final String HEADER = "X-Business-Date";

    private final BusinessCalendar calendar;

    BusinessDateHeader(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader(HEADER, calendar.businessDate().toString());
        return true;
    }
}
