import dev.seamsim.SeamSimulator;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Arrays;

/**
 * bench/run's in-process start-up figure: how long {@code SeamSimulator.builder().port(0).start()} takes to a
 * first 200 on /health in a JVM that has already started simulators (as a test suite starting one per class
 * does). Starts and stops STARTS simulators in one JVM and prints the first (cold) start and the median of the
 * last MEASURED. Run with the single-file source launcher:
 * java -cp target/seam-simulator.jar bench/EmbedStart.java STARTS MEASURED
 */
public final class EmbedStart {
    public static void main(String[] args) throws Exception {
        int starts = Integer.parseInt(args[0]);
        int measured = Math.min(starts - 1, Integer.parseInt(args[1]));
        double[] ms = new double[starts];
        for (int i = 0; i < starts; i++) {
            long t0 = System.nanoTime();
            try (SeamSimulator sim = SeamSimulator.builder().port(0).start()) {
                int status = get(sim.baseUrl() + "/health");
                ms[i] = (System.nanoTime() - t0) / 1e6;
                if (status != 200) throw new IllegalStateException("/health answered " + status);
            }
        }
        double[] last = Arrays.copyOfRange(ms, starts - measured, starts);
        Arrays.sort(last);
        double median = measured % 2 == 1 ? last[measured / 2] : (last[measured / 2 - 1] + last[measured / 2]) / 2;
        System.out.printf("embed_first_ms %.1f%nembed_warm_ms %.1f%n", ms[0], median);
    }

    private static int get(String url) throws Exception {
        HttpURLConnection http = (HttpURLConnection) new URL(url).openConnection();
        int status = http.getResponseCode();
        try (InputStream in = http.getInputStream()) {
            in.readAllBytes();
        }
        http.disconnect();
        return status;
    }
}
