# Builds the application image from this repository: docker compose build app
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package && cp app/target/app-*.jar /src/casework.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 casework && mkdir -p /var/lib/casework && chown casework /var/lib/casework
USER casework
COPY --from=build /src/casework.jar /opt/casework/casework.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/casework/casework.jar"]
