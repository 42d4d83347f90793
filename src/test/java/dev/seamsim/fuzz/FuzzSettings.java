package dev.seamsim.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzz run's seed and size. CI uses the fixed {@link #SEED} and {@link #TRIES}, so every build sends the same
 * cases; {@code mvn test -Dtest=RouteFuzzTest -Dseamsim.fuzz.seed=123 -Dseamsim.fuzz.tries=20000} explores other
 * ones, and the seed jqwik prints with a failure replays it the same way.
 */
public final class FuzzSettings implements AroundPropertyHook {
    static final String SEED = "20261203";
    static final int TRIES = 1_500;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty("seamsim.fuzz.seed");
        String tries = System.getProperty("seamsim.fuzz.tries");
        if (seed != null && !seed.isBlank()) context.attributes().setSeed(seed.trim());
        if (tries != null && !tries.isBlank()) context.attributes().setTries(Integer.valueOf(tries.trim()));
        System.out.println("Fuzzing " + context.extendedLabel() + " with seed " + context.attributes().seed().orElse("random")
                + " and " + context.attributes().tries().orElse(0) + " tries; replay with -Dseamsim.fuzz.seed=<seed>");
        return property.execute();
    }
}
