package org.smesupport.casework.app.topology;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps only the requests of the sides this instance serves: a command service answers the command API, a query
 * service the query API, the reports, the web pages and the administration of read models; both answer sign-in and
 * health. A request for the other side is a 404 here; the load balancer sends it to an instance that serves it.
 */
final class SideHandlerMapping extends RequestMappingHandlerMapping {

    private final ServedSides served;

    SideHandlerMapping(ServedSides served) {
        this.served = served;
    }

    @Override
    protected boolean isHandler(Class<?> beanType) {
        return super.isHandler(beanType) && SideOfComponent.ofHandler(beanType).map(served::serves).orElse(true);
    }
}
