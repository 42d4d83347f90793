package dev.seamsim.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs one request on many threads at once, for tests of what concurrent writers may and may not do. */
public final class Race {
    private Race() {
    }

    /**
     * Calls {@code request} with 0 to {@code threads - 1}, each on its own thread, all released together once
     * every thread is ready; returns the status codes they answered, in the order of their numbers.
     */
    public static List<Integer> statusCodes(int threads, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(n);
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : results) codes.add(f.get(30, TimeUnit.SECONDS));
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
