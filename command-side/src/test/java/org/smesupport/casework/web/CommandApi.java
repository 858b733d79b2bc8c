package org.smesupport.casework.web;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * MockMvc over one controller and the problem-detail advice, without a Spring context: request
 * binding, validation and error documents, but not security (the app's end-to-end tests cover it).
 */
public final class CommandApi {

    private CommandApi() {
    }

    public static MockMvc over(Object controller) {
        return MockMvcBuilders.standaloneSetup(controller).setControllerAdvice(new ProblemDetailAdvice()).build();
    }
}
