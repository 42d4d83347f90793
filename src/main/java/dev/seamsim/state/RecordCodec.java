package dev.seamsim.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Writes and reads any Java record as exactly its components, by their snake_case names, ignoring every Jackson
 * annotation on it. The stored records carry wire annotations (@JsonIgnore on fields the wire hides, computed
 * @JsonProperty methods, @JsonAnyGetter, @JsonInclude); saved state must hold what the record holds, no more and
 * no less, so this codec looks at the record's components alone. Reading requires every component and refuses
 * unknown fields, so a saved row is complete and a misspelt field is caught.
 */
final class RecordCodec extends SimpleModule {
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    RecordCodec() {
        super("state-records");
    }

    static String fieldName(RecordComponent component) {
        return SNAKE.translate(component.getName());
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
                return type.isRecordType() ? new Writer(type.getRawClass()) : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                            BeanDescription bean) {
                return type.isRecordType() ? new Reader(type.getRawClass()) : null;
            }
        });
    }

    private static final class Writer extends JsonSerializer<Object> {
        private final RecordComponent[] components;

        Writer(Class<?> type) {
            components = type.getRecordComponents();
            for (RecordComponent c : components) c.getAccessor().setAccessible(true);
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(value);
            for (RecordComponent c : components) {
                gen.writeFieldName(fieldName(c));
                provider.defaultSerializeValue(read(c, value), gen);
            }
            gen.writeEndObject();
        }

        private static Object read(RecordComponent c, Object record) {
            try {
                return c.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }
    }

    private static final class Reader extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final RecordComponent[] components;
        private final Constructor<?> constructor;

        Reader(Class<?> type) {
            this.type = type;
            this.components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
            try {
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type, e);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) throw MismatchedInputException.from(p, type, "expected an object");
            Set<String> known = new HashSet<>();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = fieldName(components[i]);
                known.add(name);
                args[i] = component(p, ctxt, components[i], name, node.get(name));
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) throw at(MismatchedInputException.from(p, type, "unknown field"), name);
            }
            try {
                return constructor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw MismatchedInputException.from(p, type, "cannot be built: " + e.getCause());
            }
        }

        private Object component(JsonParser p, DeserializationContext ctxt, RecordComponent c, String name,
                                 JsonNode value) throws IOException {
            if (value == null) throw at(MismatchedInputException.from(p, type, "is required"), name);
            if (value.isNull()) {
                if (c.getType().isPrimitive()) throw at(MismatchedInputException.from(p, type, "must not be null"), name);
                return null;
            }
            try {
                return ctxt.readTreeAsValue(value, ctxt.getTypeFactory().constructType(c.getGenericType()));
            } catch (JsonMappingException e) {
                throw at(e, name);
            }
        }

        private JsonMappingException at(JsonMappingException e, String name) {
            return JsonMappingException.wrapWithPath(e, type, name);
        }
    }
}
