# Seam Simulator container image.
#   docker build -t seam-simulator .
#   docker run --rm -p 8080:8080 seam-simulator
#   own fixtures (files readable by UID 10001):  -v "$PWD/my-fixtures:/fixtures:ro"
#   state kept across restarts (/data belongs to UID 10001):  -v seam-sim-state:/data -e SEAM_SIM_STATE_FILE=/data/state.json
# Works with the classic builder: no "# syntax=" line and no BuildKit-only flags.

# ---------------------------------------------------------------- build stage
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /build

# Dependencies and plugins first, so that this layer is reused until pom.xml changes.
# Running the real lifecycle on the bare pom fetches exactly what `package` needs
# (dependency:go-offline resolves versions differently and missed some, e.g. slf4j-api).
COPY pom.xml .
RUN mvn -B -q -DskipTests -DskipCds package \
 && rm -rf target

# Then the sources (the bundled fixtures are packaged as classpath resources).
COPY fixtures ./fixtures
COPY src/main ./src/main
# -DskipCds: the class-data sharing archive is made below, by the runtime image's own JVM (archives are per build).
RUN mvn -B -q -DskipTests -DskipCds package \
 && cp target/seam-simulator.jar /build/app.jar

# ---------------------------------------------------------------- runtime stage
FROM eclipse-temurin:17-jre

# Unprivileged user with a fixed UID/GID, so mounted fixture folders can be matched to it.
RUN groupadd --gid 10001 seam \
 && useradd --uid 10001 --gid seam --home-dir /app --no-create-home --shell /usr/sbin/nologin seam \
 && mkdir /data && chown seam:seam /data

WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar
COPY fixtures /fixtures

# Read by the application's --host/--port/--fixtures/--public-url defaults, so that
# `docker run IMAGE --public-url ...` adds arguments without losing these.
ENV SEAM_SIM_HOST=0.0.0.0 \
    SEAM_SIM_PORT=8080 \
    SEAM_SIM_FIXTURES=/fixtures

# Class-data sharing (AppCDS): a training run (start, a few requests, stop) writes the classes it loaded to
# /app/app.jsa, which the ENTRYPOINT maps instead of loading ~3,000 classes from the jar (about 40% less CPU
# time to the first 200). The archive only fits the JVM flags it was made with, so these repeat the ENTRYPOINT's.
RUN java -XX:MaxRAMPercentage=75 -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off \
         -XX:ArchiveClassesAtExit=/app/app.jsa -cp /app/app.jar dev.seamsim.CdsTraining

USER seam

# Fails the build if the jar or the archive is broken or unreadable for the user.
RUN java -XX:MaxRAMPercentage=75 -XX:+UseSerialGC -XX:SharedArchiveFile=/app/app.jsa -Xshare:on -jar /app/app.jar --help

EXPOSE 8080

HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${SEAM_SIM_PORT:-8080}/health" || exit 1

# Container-aware heap (a share of the container's memory limit), the small-footprint GC (lower idle RSS than
# G1, no GC threads), full tiered compilation (C1 alone starts a little sooner but serves about half the
# requests per second) with compile thresholds doubled (the JIT takes less CPU from start-up, same code in the
# end), and the class-data sharing archive made above.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC", "-XX:CompileThresholdScaling=2", \
            "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/app.jar"]
