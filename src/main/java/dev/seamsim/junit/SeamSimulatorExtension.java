package dev.seamsim.junit;

import dev.seamsim.SeamSimulator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * JUnit 5 extension: one in-process simulator per test class (shared with its {@code @Nested} classes), closed
 * after the class; isolation between tests as {@link Isolation} says; {@link SeamSimulator} and
 * {@link SeamWorkspace} parameters injected. Declare it with {@link SeamSimulatorTest}, or register it in code:
 * <pre>{@code
 * @RegisterExtension
 * static final SeamSimulatorExtension seam = SeamSimulatorExtension.builder()
 *         .isolation(Isolation.RESET)
 *         .configure(sim -> sim.deterministic(42))
 *         .build();
 * }</pre>
 */
public final class SeamSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(SeamSimulatorExtension.class);

    /** How to start the simulator and isolate tests; null when declared, then read from the annotation. */
    private final Settings settings;
    private volatile SeamSimulator started;

    /** For {@code @ExtendWith} and {@link SeamSimulatorTest}: settings come from the annotation. */
    public SeamSimulatorExtension() {
        this(null);
    }

    private SeamSimulatorExtension(Settings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings for {@code @RegisterExtension}; defaults: fresh workspace per test, bundled fixtures, free port. */
    public static final class Builder {
        private Isolation isolation = Isolation.FRESH_WORKSPACE;
        private Consumer<SeamSimulator.Builder> configuration = sim -> { };

        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation);
            return this;
        }

        /** Any simulator setting (fixtures, clock, deterministic, autoWorkspaces, adminToken…); may run more than once. */
        public Builder configure(Consumer<SeamSimulator.Builder> configuration) {
            this.configuration = this.configuration.andThen(configuration);
            return this;
        }

        public SeamSimulatorExtension build() {
            return new SeamSimulatorExtension(new Settings(isolation, configuration));
        }
    }

    /**
     * The simulator of the test class this extension is registered in, e.g. in a static {@code @BeforeAll} method
     * of a class with a {@code @RegisterExtension} field; started before the class's {@code @BeforeAll} methods.
     */
    public SeamSimulator simulator() {
        SeamSimulator sim = started;
        if (sim == null) throw new IllegalStateException("The simulator starts before the test class's @BeforeAll methods; "
                + "register the extension in a static field");
        return sim;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = running(context);
        if (running.isolation() == Isolation.RESET) running.simulator().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SeamSimulator.class || type == SeamWorkspace.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        if (parameter.getParameter().getType() == SeamSimulator.class) return running.simulator();
        if (running.isolation() != Isolation.FRESH_WORKSPACE) return defaultWorkspace(running.simulator());
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("With Isolation.FRESH_WORKSPACE a SeamWorkspace belongs to one test: "
                    + "take it in a test, @BeforeEach or @AfterEach method (in @BeforeAll use SeamSimulator.newWorkspace())");
        }
        // Lives in the test method's store, so the test and its @BeforeEach/@AfterEach methods share it.
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(SeamWorkspace.class,
                key -> freshWorkspace(running.simulator()), SeamWorkspace.class);
    }

    private static SeamWorkspace defaultWorkspace(SeamSimulator sim) {
        return new SeamWorkspace(sim.defaultWorkspaceId(), sim.defaultApiKey(), sim.baseUrl());
    }

    private static SeamWorkspace freshWorkspace(SeamSimulator sim) {
        var made = sim.newWorkspace();
        return new SeamWorkspace(made.workspace().id(), made.apiKey(), sim.baseUrl());
    }

    /** The class's simulator, started on first use and kept in the outermost class's store, which closes it. */
    private Running running(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        ExtensionContext owner = classContext;
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> start(owner), Running.class);
    }

    private Running start(ExtensionContext context) {
        Settings chosen = settings != null ? settings : Settings.of(annotation(context));
        SeamSimulator.Builder builder = SeamSimulator.builder().host("127.0.0.1").port(0);
        chosen.configuration().accept(builder);
        SeamSimulator sim = builder.start();
        started = sim;
        return new Running(sim, chosen.isolation());
    }

    /** The annotation on the test class or a class enclosing it (a {@code @Nested} class inherits its outer's). */
    private static Optional<SeamSimulatorTest> annotation(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Optional<SeamSimulatorTest> found = AnnotationSupport.findAnnotation(c, SeamSimulatorTest.class);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private record Settings(Isolation isolation, Consumer<SeamSimulator.Builder> configuration) {
        static Settings of(Optional<SeamSimulatorTest> declared) {
            if (declared.isEmpty()) return new Settings(Isolation.FRESH_WORKSPACE, sim -> { });
            SeamSimulatorTest a = declared.get();
            return new Settings(a.isolation(), sim -> {
                if (!a.fixtures().isEmpty()) sim.fixtures(Path.of(a.fixtures()));
                if (!a.clock().isEmpty()) sim.clockStart(Instant.parse(a.clock()));
                if (a.deterministic()) sim.deterministic(a.seed());
                if (a.autoWorkspaces()) sim.autoWorkspaces(1000, Duration.ofMinutes(30));
            });
        }
    }

    /**
     * A started simulator in an extension store: JUnit closes it with the store (AutoCloseable since JUnit 5.13,
     * CloseableResource before; JUnit closes a value once even when it is both).
     */
    @SuppressWarnings("deprecation")
    private final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final SeamSimulator simulator;
        private final Isolation isolation;

        Running(SeamSimulator simulator, Isolation isolation) {
            this.simulator = simulator;
            this.isolation = isolation;
        }

        SeamSimulator simulator() { return simulator; }
        Isolation isolation() { return isolation; }

        @Override
        public void close() {
            if (started == simulator) started = null;
            simulator.close();
        }
    }
}
