package dev.seamsim.state;

import dev.seamsim.accessgrants.AccessGrant;
import dev.seamsim.acs.AcsEntrance;
import dev.seamsim.spaces.Space;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table registry is complete and consistent, and the record codec holds exactly a record's components. */
class StateTablesTest {
    @Test
    void every_table_declared_in_the_code_is_saved_and_loaded() throws IOException {
        Set<String> declared;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            declared = files.filter(f -> f.toString().endsWith(".java")).filter(f -> read(f).contains("TableDef.of("))
                    .map(f -> f.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
        }
        Set<String> registered = StateTables.ALL.stream().map(e -> e.type().getSimpleName()).collect(Collectors.toSet());
        assertFalse(declared.isEmpty());
        assertEquals(declared, registered);
        assertEquals(StateTables.ALL.size(), new HashSet<>(StateTables.names()).size(), "table names are unique");
    }

    @Test
    void every_reference_names_a_field_of_the_row_and_a_known_table() {
        for (StateTables.Entry<?> entry : StateTables.ALL) {
            Set<String> fields = Arrays.stream(entry.type().getRecordComponents()).map(RecordCodec::fieldName)
                    .collect(Collectors.toSet());
            assertTrue(fields.contains(entry.idField()), entry.name() + " has " + entry.idField());
            for (StateTables.Ref ref : entry.refs()) {
                assertTrue(fields.contains(ref.field()), entry.name() + " has " + ref.field());
                assertTrue(StateTables.named(ref.table()).isPresent(), ref.table() + " is a table");
            }
        }
    }

    @Test
    void a_row_is_written_as_its_components_whatever_the_wire_hides_or_adds() {
        Space space = new Space("s", "w", "Room", "Room", null, null, null, Instant.parse("2025-01-01T00:00:00.123456Z"),
                0, List.of("e1"));
        Map<?, ?> json = StateJson.MAPPER.convertValue(space, Map.class);
        assertEquals(components(Space.class), json.keySet());
        assertEquals(List.of("e1"), json.get("acs_entrance_ids"));
        assertEquals("2025-01-01T00:00:00.123456Z", json.get("created_at"), "full precision");
        assertEquals(space, StateJson.decode(StateJson.MAPPER.valueToTree(space), Space.class, ""));

        AcsEntrance entrance = new AcsEntrance("e", "sys", "acc", Instant.EPOCH, "Door", List.of(), List.of(), List.of(),
                StateJson.MAPPER.createObjectNode().put("can_unlock_with_card", true));
        Map<?, ?> entranceJson = StateJson.MAPPER.convertValue(entrance, Map.class);
        assertEquals(components(AcsEntrance.class), entranceJson.keySet());
        assertEquals(Map.of("can_unlock_with_card", true), entranceJson.get("details"));
        assertEquals(entrance, StateJson.decode(StateJson.MAPPER.valueToTree(entrance), AcsEntrance.class, ""));
    }

    @Test
    void nested_records_are_read_strictly_too() {
        var node = StateJson.MAPPER.createObjectNode();
        node.putArray("requested_access_methods").addObject().put("mode", "code");
        var e = assertThrows(dev.seamsim.error.SeamException.class,
                () -> StateJson.decode(node.get("requested_access_methods"),
                        AccessGrant.RequestedAccessMethod[].class, "/x"));
        assertEquals("/x/0/display_name", e.extra().get("pointer"));
    }

    private static Set<String> components(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordCodec::fieldName).collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
