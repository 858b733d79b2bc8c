package org.smesupport.casework.app.topology;

import java.lang.reflect.Method;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps only the requests of the sides this instance serves ({@link SideOfComponent#ofHandler}): a command service
 * answers the API's writes, a query service its reads, the reports, the web pages and the administration of read
 * models; both answer sign-in and health. A request for the other side is a 404 here (405 where the other side has a
 * mapping on the same path); the load balancer sends it to an instance that serves it.
 */
final class SideHandlerMapping extends RequestMappingHandlerMapping {

    private final ServedSides served;

    SideHandlerMapping(ServedSides served) {
        this.served = served;
    }

    @Override
    protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
        RequestMappingInfo mapping = super.getMappingForMethod(method, handlerType);
        if (mapping == null) {
            return null;
        }
        boolean servedHere = SideOfComponent.ofHandler(handlerType, mapping.getMethodsCondition().getMethods())
                .map(served::serves).orElse(true);
        return servedHere ? mapping : null;
    }
}
