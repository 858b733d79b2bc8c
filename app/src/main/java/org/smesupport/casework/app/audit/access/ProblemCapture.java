package org.smesupport.casework.app.audit.access;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Notes on the request the problem document an answer carries (its type and text), so that the access log can say
 * which rule a refused request broke; the answer itself is left as it is.
 */
@ControllerAdvice
class ProblemCapture implements ResponseBodyAdvice<Object> {

    static final String ATTRIBUTE = ProblemCapture.class.getName() + ".problem";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
            servlet.getServletRequest().setAttribute(ATTRIBUTE, (problem.getType() == null ? ""
                    : problem.getType().getPath().replaceFirst(".*/", "") + ": ") + problem.getDetail());
        }
        return body;
    }
}
