package dev.seamsim.jmh;

import dev.seamsim.connectedaccounts.ConnectedAccount;
import dev.seamsim.http.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The wire form, through the simulator's one ObjectMapper: one connected account, and a list answer of 10. */
@State(Scope.Benchmark)
public class JsonBenchmarks {
    private ConnectedAccount account;
    private Map<String, Object> listAnswer;

    @Setup
    public void build() {
        account = StoreBenchmarks.account("11111111-1111-4111-8111-111111111111", "ck-1");
        List<ConnectedAccount> page = new ArrayList<>();
        for (int i = 0; i < 10; i++) page.add(StoreBenchmarks.account("11111111-1111-4111-8111-11111111111" + i, "ck-" + i));
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("next_page_cursor", null);
        pagination.put("has_next_page", false);
        pagination.put("next_page_url", null);
        listAnswer = new LinkedHashMap<>();
        listAnswer.put("connected_accounts", page);
        listAnswer.put("pagination", pagination);
        listAnswer.put("ok", true);
    }

    @Benchmark
    public String connectedAccount() throws Exception {
        return Json.MAPPER.writeValueAsString(account);
    }

    @Benchmark
    public String listOf10ConnectedAccounts() throws Exception {
        return Json.MAPPER.writeValueAsString(listAnswer);
    }
}
