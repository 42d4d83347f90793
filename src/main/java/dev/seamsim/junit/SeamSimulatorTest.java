package dev.seamsim.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts one in-process simulator (on a free port) for the annotated test class and its {@code @Nested} classes,
 * stops it after them, and injects {@code SeamSimulator} and {@link SeamWorkspace} parameters into test and
 * lifecycle methods. Between tests it isolates as {@link #isolation()} says.
 * For settings the annotation does not have, register {@link SeamSimulatorExtension#builder()} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SeamSimulatorExtension.class)
public @interface SeamSimulatorTest {
    /** A new workspace per test (default), the whole simulator reset before each test, or nothing. */
    Isolation isolation() default Isolation.FRESH_WORKSPACE;

    /** A folder with {@code workspaces.json} and {@code providers.json}; empty for the bundled fixtures. */
    String fixtures() default "";

    /** Start the clock at this ISO-8601 instant, e.g. {@code 2025-08-01T00:00:00Z}; empty for the real time. */
    String clock() default "";

    /** Reproducible ids (from {@link #seed()}) and a frozen clock, for snapshot-style tests. */
    boolean deterministic() default false;

    /** The seed of deterministic ids; only used with {@link #deterministic()}. */
    long seed() default 1;

    /** Every unknown well-formed API key ({@code seam_…}) gets a fresh workspace of its own. */
    boolean autoWorkspaces() default false;
}
