package org.smesupport.casework.app.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator what to change instead of printing a stack trace (registered in spring.factories). */
class InsecureDefaultsFailureAnalyzer extends AbstractFailureAnalyzer<InsecureDefaultsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InsecureDefaultsException cause) {
        String description = "The application refused to start with insecure security settings:\n  - "
                + String.join("\n  - ", cause.problems());
        String action = "Write the secrets into the .env file next to docker-compose.yml (see .env.example): a random "
                + "token secret of at least 32 bytes (openssl rand -base64 48) and a bcrypt hash of each user's own "
                + "password (htpasswd -bnBC 10 \"\" 'password' | tr -d ':\\n'). See README, \"Running in production\".";
        return new FailureAnalysis(description, action, cause);
    }
}
