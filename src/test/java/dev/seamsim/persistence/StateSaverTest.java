package dev.seamsim.persistence;

import dev.seamsim.SeamSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --state-file in-process: what is refused and how, when a save happens, and what it writes. */
class StateSaverTest {
    @TempDir
    Path dir;

    @Test
    void refused_files_stop_the_start_with_one_line_naming_file_and_problem_and_stay_as_they_were() throws IOException {
        String valid;
        String oneWorkspace;
        try (SeamSimulator sim = SeamSimulator.builder().port(0).start()) {
            valid = sim.exportState();
            oneWorkspace = sim.exportState(sim.defaultWorkspaceId());
        }
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("is empty", new byte[0]);
        cases.put("is not UTF-8 text", new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
        cases.put("cannot be loaded: Invalid state: malformed JSON (line 1, column 2)", "{".getBytes());
        cases.put("cannot be loaded: Invalid state at /format: must be \"seam-simulator/state\"",
                valid.replace("\"seam-simulator/state\"", "\"fake-seam-connect\"").getBytes());
        cases.put("cannot be loaded: Invalid state at /version: this simulator reads version 1, not 2",
                valid.replace("\"version\" : 1,", "\"version\" : 2,").getBytes());
        cases.put("cannot be loaded: Invalid state: expected an object (a state document)", "[]".getBytes());
        cases.put("cannot be loaded: it holds one workspace (scope \"workspace\")", oneWorkspace.getBytes());
        int i = 0;
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Path file = dir.resolve("state-" + i++ + ".json");
            Files.write(file, c.getValue());
            StateFileException e = assertThrows(StateFileException.class,
                    () -> SeamSimulator.builder().port(0).stateFile(file).start().close());
            assertTrue(e.getMessage().startsWith("state file " + file + ": " + c.getKey()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertArrayEquals(c.getValue(), Files.readAllBytes(file), c.getKey());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(cases.size(), files.filter(f -> !f.toString().endsWith(".lock")).count(),
                    "no file was added but the lock files (no temporary file left)");
        }
        Path refused = dir.resolve("state-0.json");
        Files.writeString(refused, valid);
        SeamSimulator.builder().port(0).stateFile(refused).start().close(); // the refused start let go of its lock
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        StateFileException notAFile = assertThrows(StateFileException.class,
                () -> SeamSimulator.builder().port(0).stateFile(folder).start().close());
        assertEquals("state file " + folder + ": is a directory, not a file", notAFile.getMessage());
        Path nowhere = dir.resolve("missing/state.json");
        StateFileException e = assertThrows(StateFileException.class,
                () -> SeamSimulator.builder().port(0).stateFile(nowhere).start().close());
        assertEquals("state file " + nowhere + ": its folder " + nowhere.getParent() + " does not exist", e.getMessage());
    }

    @Test
    void a_missing_file_is_created_then_saved_only_when_something_changed_and_on_close() throws Exception {
        Path file = dir.resolve("state.json");
        SeamSimulator sim = SeamSimulator.builder().port(0).stateFile(file).stateSaveInterval(Duration.ofMillis(50)).start();
        try {
            assertEquals(sim.exportState(), Files.readString(file), "created at start from the fixtures");
            assertTrue(sim.stateFile().orElseThrow().contains("(new; saved every 0.05 s when changed)"));
            Object first = fileKey(file);
            Thread.sleep(400);
            assertEquals(first, fileKey(file), "nothing changed: not saved again");
            sim.newWorkspace();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (first.equals(fileKey(file)) && System.nanoTime() < deadline) Thread.sleep(20);
            assertEquals(sim.exportState(), Files.readString(file), "saved after the change");
        } finally {
            sim.close();
        }
        SeamSimulator again = SeamSimulator.builder().port(0).stateFile(file).stateSaveInterval(Duration.ofHours(1)).start();
        String last;
        try {
            assertTrue(again.stateFile().orElseThrow().contains("(loaded 3 workspaces, "), again.stateFile().get());
            again.resetWorkspace(again.defaultWorkspaceId());
            again.newWorkspace();
            last = again.exportState();
        } finally {
            again.close();
        }
        assertEquals(last, Files.readString(file), "close() saves what the interval had not yet");
    }

    @Test
    void temporary_files_of_cut_short_saves_are_removed_at_start_and_others_kept() throws IOException {
        Path file = dir.resolve("state.json");
        Path stale = Files.writeString(dir.resolve("state.json.tmp-4242-9f3a"), "{\"format\":");
        Path unrelated = Files.writeString(dir.resolve("state.json.tmp-notes"), "mine");
        SeamSimulator.builder().port(0).stateFile(file).start().close();
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(unrelated));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("state.json", "state.json.lock", "state.json.tmp-notes"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void a_second_simulator_on_the_same_file_is_refused_and_the_first_keeps_it_until_closed() throws IOException {
        Path file = dir.resolve("state.json");
        String made;
        try (SeamSimulator first = SeamSimulator.builder().port(0).stateFile(file).stateSaveInterval(Duration.ofHours(1)).start()) {
            byte[] before = Files.readAllBytes(file);
            StateFileException e = assertThrows(StateFileException.class,
                    () -> SeamSimulator.builder().port(0).stateFile(dir.resolve("./state.json")).start().close());
            assertEquals("state file " + file + ": is in use by another simulator (process " + ProcessHandle.current().pid()
                    + " holds " + file + ".lock); stop it or choose another file", e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file), "the refused simulator did not touch the file");
            made = first.newWorkspace().workspace().id();
        }
        try (SeamSimulator second = SeamSimulator.builder().port(0).stateFile(file).start()) {
            assertTrue(second.stateFile().orElseThrow().contains("(loaded 3 workspaces, "), second.stateFile().get());
            assertTrue(second.exportState().contains(made), "the first saved on close, then let go of the file");
        }
    }

    @Test
    void a_start_that_fails_after_taking_the_lock_lets_go_of_it() throws IOException {
        Path file = dir.resolve("state.json");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThrows(RuntimeException.class,
                    () -> SeamSimulator.builder().port(taken.getLocalPort()).stateFile(file).start().close());
        }
        SeamSimulator.builder().port(0).stateFile(file).start().close();
    }

    @Test
    void deterministic_mode_and_a_state_file_do_not_mix() {
        Path file = dir.resolve("state.json");
        assertThrows(IllegalArgumentException.class,
                () -> SeamSimulator.builder().port(0).deterministic(1).stateFile(file).start().close());
        assertFalse(Files.exists(file)); // MainTest covers the flags' message
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey(); // a new inode after each rename
    }
}
