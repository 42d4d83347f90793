package dev.seamsim.junit;

import dev.seamsim.SeamSimulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/** Runs small test classes through the JUnit launcher to see what the extension does around them. */
class ExtensionLifecycleTest {
    private static volatile boolean launching;
    private static volatile String probedBaseUrl;

    @Test
    void the_simulator_serves_during_its_class_and_is_closed_after_it() {
        TestExecutionSummary summary = launch(Probe.class);
        assertEquals(1, summary.getTestsSucceededCount(), () -> failures(summary));
        assertClosed(probedBaseUrl);
    }

    @Test
    void a_fresh_workspace_asked_for_in_before_all_fails_the_class_with_a_clear_message() {
        TestExecutionSummary summary = launch(WorkspaceInBeforeAll.class);
        assertEquals(0, summary.getTestsSucceededCount());
        assertEquals(1, summary.getContainersFailedCount());
        assertThat(failures(summary), containsString("With Isolation.FRESH_WORKSPACE a SeamWorkspace belongs to one test"));
    }

    @Test
    void the_registered_extension_is_closed_after_its_class_too() {
        probedBaseUrl = null;
        TestExecutionSummary summary = launch(Registered.class);
        assertEquals(1, summary.getTestsSucceededCount(), () -> failures(summary));
        assertClosed(probedBaseUrl);
        assertThrows(IllegalStateException.class, Registered.seam::simulator);
    }

    @Test
    void starting_in_process_is_cheap() {
        long start = System.nanoTime();
        try (SeamSimulator sim = SeamSimulator.builder().port(0).start()) {
            System.out.printf("in-process start: %d ms (port %d)%n", (System.nanoTime() - start) / 1_000_000, sim.port());
        }
    }

    private static void assertClosed(String baseUrl) {
        URI base = URI.create(baseUrl);
        assertThrows(IOException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
            }
        }, baseUrl + " still accepts connections");
    }

    private static TestExecutionSummary launch(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launching = true;
        try {
            LauncherFactory.create().execute(request().selectors(selectClass(testClass)).build(), listener);
        } finally {
            launching = false;
        }
        return listener.getSummary();
    }

    private static String failures(TestExecutionSummary summary) {
        StringBuilder out = new StringBuilder();
        summary.getFailures().forEach(f -> out.append(f.getTestIdentifier().getDisplayName()).append(": ")
                .append(f.getException()).append('\n'));
        return out.toString();
    }

    static boolean launching() {
        return launching;
    }

    // The classes below only run when launched by the tests above (Surefire skips nested classes anyway).

    @SeamSimulatorTest
    @EnabledIf("dev.seamsim.junit.ExtensionLifecycleTest#launching")
    static class Probe {
        @Test
        void serves(SeamWorkspace ws) {
            probedBaseUrl = ws.baseUrl();
            Api.as(ws).get("/workspaces/get").then().statusCode(200);
        }
    }

    @SeamSimulatorTest
    @EnabledIf("dev.seamsim.junit.ExtensionLifecycleTest#launching")
    static class WorkspaceInBeforeAll {
        @BeforeAll
        static void setUp(SeamWorkspace ws) {
        }

        @Test
        void never_runs() {
        }
    }

    @EnabledIf("dev.seamsim.junit.ExtensionLifecycleTest#launching")
    static class Registered {
        @RegisterExtension
        static final SeamSimulatorExtension seam = SeamSimulatorExtension.builder().build();

        @Test
        void serves(SeamWorkspace ws) {
            assertEquals(ws.baseUrl(), seam.simulator().baseUrl());
            probedBaseUrl = seam.simulator().baseUrl();
            Api.as(ws).get("/workspaces/get").then().statusCode(200);
        }
    }
}
