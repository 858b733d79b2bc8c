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
            servlet.getServletRequest().setAttribute(ATTRIBUTE, name(problem) + ": " + problem.getDetail());
        }
        return body;
    }

    /** The problem's kind: the last segment of its type, or its title where the type is {@code about:blank}. */
    private static String name(ProblemDetail problem) {
        String type = String.valueOf(problem.getType());
        int slash = type.lastIndexOf('/');
        return slash >= 0 && slash < type.length() - 1 ? type.substring(slash + 1) : String.valueOf(problem.getTitle());
    }
}
