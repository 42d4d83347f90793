package dev.seamsim.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Refuses nulls the simulator never holds, in a record read from a state document and the records inside it: a
 * list, map or JSON component must be set unless the record marks it optional (@JsonInclude NON_NULL on the
 * component, which is how the records say "may be absent"), and no list holds a null.
 */
final class NullCheck {
    private NullCheck() {}

    static void check(Object value, String pointer) {
        if (!(value instanceof Record record)) return;
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object v = read(c, record);
            String p = pointer + "/" + RecordCodec.fieldName(c);
            if (v == null) {
                if (mustBeSet(c)) throw StateJson.invalid(p, "must not be null");
            } else if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == null) throw StateJson.invalid(p + "/" + i, "must not be null");
                    check(list.get(i), p + "/" + i);
                }
            } else if (v instanceof Map<?, ?> map) {
                map.forEach((k, item) -> check(item, p + "/" + StateJson.escape(String.valueOf(k))));
            } else {
                check(v, p);
            }
        }
    }

    private static boolean mustBeSet(RecordComponent c) {
        Class<?> t = c.getType();
        if (!List.class.isAssignableFrom(t) && !Map.class.isAssignableFrom(t) && !JsonNode.class.isAssignableFrom(t)) {
            return false;
        }
        JsonInclude include = c.getAccessor().getAnnotation(JsonInclude.class);
        return include == null || include.value() != JsonInclude.Include.NON_NULL;
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }
}
