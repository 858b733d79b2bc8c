# Builds the application image from this repository: docker compose build app
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package && cp app/target/app-*.jar /src/casework.jar \
    # the jar's layers, least likely to change first, so a rebuild after a code change reuses the dependencies' layer
    && java -Djarmode=tools -jar /src/casework.jar extract --layers --launcher --destination /src/layers

FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --uid 10001 casework && mkdir -p /var/lib/casework && chown casework /var/lib/casework
USER casework
WORKDIR /opt/casework
COPY --from=build /src/layers/dependencies/ ./
COPY --from=build /src/layers/spring-boot-loader/ ./
COPY --from=build /src/layers/snapshot-dependencies/ ./
COPY --from=build /src/layers/application/ ./
EXPOSE 8080
# ready: the stores answer and every projection is near the head (/actuator/health/readiness); bash's /dev/tcp, as the
# image has no HTTP client; a first start that rebuilds read models may take minutes
HEALTHCHECK --interval=15s --timeout=5s --start-period=300s --retries=3 CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
