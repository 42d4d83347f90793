package dev.seamsim.jmh;

import dev.seamsim.http.RequestIds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

import java.util.UUID;

/**
 * seam-request-id, made on every request by two request threads at once: the simulator's ThreadLocalRandom ids
 * against UUID.randomUUID(), whose SecureRandom the threads share.
 */
@Threads(2)
public class RequestIdBenchmarks {
    @Benchmark
    public String requestIds() {
        return RequestIds.next();
    }

    @Benchmark
    public String randomUuid() {
        return UUID.randomUUID().toString();
    }
}
