package io.archadvisor.yaml;

import io.archadvisor.model.DatastoreSpec;
import io.archadvisor.model.Proposal;
import io.archadvisor.model.Requirements;
import io.archadvisor.model.ServiceCall;
import io.archadvisor.model.ServiceSpec;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random valid {@link Requirements} from a seed, built reflectively over the record components; numeric bounds and
 * required fields come from the JSON Schema (which {@link RequirementsSchemaTest} keeps equal to the records' checks).
 * Values favour the edges: bounds, extremes and text that YAML could mistake for something else.
 */
final class RandomRequirements {

    /** The seed of a run; set {@code -Darchadvisor.seed=N} to replay or vary it. */
    static final long BASE_SEED = Long.getLong("archadvisor.seed", 20_260_101L);

    private static final JsonNode SCHEMA;

    static {
        try (var in = RandomRequirements.class.getResourceAsStream(RequirementsSchemaTest.SCHEMA_RESOURCE)) {
            SCHEMA = JsonMapper.shared().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> TRICKY = List.of(
            "a",
            "x y",
            "16",
            "3.10",
            "007",
            "1e5",
            "+1",
            "-1",
            "0x1F",
            "0o17",
            ".inf",
            "-.inf",
            ".nan",
            "1_000",
            "true",
            "False",
            "yes",
            "No",
            "on",
            "OFF",
            "y",
            "n",
            "null",
            "Null",
            "~",
            "2024-01-01",
            "12:30:00",
            "#x",
            "x #y",
            "a: b",
            "a:b",
            "- x",
            "-",
            "?",
            ":",
            ",",
            "[a]",
            "{a}",
            "a,b",
            "'q'",
            "\"dq\"",
            "'",
            "\"",
            "multi\nline",
            "tab\tx",
            "cr\rx",
            "trailing ",
            " leading",
            "ünïcödé",
            "emoji 🎉",
            "中文",
            "\\back",
            "*alias",
            "&anchor",
            "!tag",
            "%pct",
            "@at",
            "`tick",
            "|",
            ">",
            "<<",
            "=",
            "\u0007bell",
            "nel\u0085x",
            "ls\u2028x",
            "bom\uFEFFx",
            "del\u007Fx",
            "c1\u0090x",
            "a  b",
            "...",
            "---",
            "x---",
            "postgresql");

    private final SplittableRandom random;

    RandomRequirements(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Seeds for a parameterized test, derived from {@link #BASE_SEED}. */
    static Stream<Long> seeds(int count) {
        SplittableRandom r = new SplittableRandom(BASE_SEED);
        return LongStream.generate(r::nextLong).limit(count).boxed();
    }

    Requirements next() {
        return (Requirements) record(Requirements.class);
    }

    private Object record(Class<?> type) {
        JsonNode definition =
                type == Requirements.class ? SCHEMA : SCHEMA.path("definitions").path(type.getSimpleName());
        List<String> required = new ArrayList<>();
        definition.path("required").values().forEach(v -> required.add(v.asString()));
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            boolean isRequired = required.contains(components[i].getName());
            if (isRequired || random.nextInt(4) != 0) {
                JsonNode property = definition.path("properties").path(components[i].getName());
                args[i] = value(components[i].getGenericType(), property, isRequired);
            }
        }
        if (type == Proposal.class) {
            consistent(args);
        }
        try {
            Constructor<?> c = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated invalid " + type.getSimpleName() + ": " + e.getCause(), e);
        }
    }

    /**
     * Makes a proposal's cross-references valid, as the reader requires: unique names, and every call, datastore and
     * {@code deploysWith} naming another declared service or a declared datastore (or dropped when there is none).
     */
    @SuppressWarnings("unchecked")
    private void consistent(Object[] args) {
        List<ServiceSpec> services = (List<ServiceSpec>) args[1];
        List<DatastoreSpec> stores = (List<DatastoreSpec>) args[2];
        List<String> storeNames = new ArrayList<>();
        if (stores != null) {
            List<DatastoreSpec> unique = new ArrayList<>();
            for (DatastoreSpec d : stores) {
                String name = unique(d.name(), storeNames);
                storeNames.add(name);
                unique.add(new DatastoreSpec(name, d.technology(), d.kind(), d.replicas()));
            }
            args[2] = unique;
        }
        if (services == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (ServiceSpec s : services) {
            names.add(unique(s.name(), names));
        }
        List<ServiceSpec> fixed = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceSpec s = services.get(i);
            String self = names.get(i);
            List<String> others = names.stream().filter(n -> !n.equals(self)).toList();
            List<ServiceCall> calls = s.calls() == null
                    ? null
                    : others.isEmpty()
                            ? List.of()
                            : s.calls().stream()
                                    .map(c -> new ServiceCall(others.get(random.nextInt(others.size())), c.mode()))
                                    .toList();
            List<String> used = s.datastores() == null || stores == null
                    ? s.datastores()
                    : storeNames.isEmpty()
                            ? List.of()
                            : s.datastores().stream()
                                    .map(d -> storeNames.get(random.nextInt(storeNames.size())))
                                    .toList();
            List<String> with = s.deploysWith() == null
                    ? null
                    : others.isEmpty()
                            ? List.of()
                            : s.deploysWith().stream()
                                    .map(d -> others.get(random.nextInt(others.size())))
                                    .toList();
            fixed.add(new ServiceSpec(self, used, calls, s.instances(), with));
        }
        args[1] = fixed;
    }

    private static String unique(String name, List<String> taken) {
        String n = name;
        for (int i = 2; taken.contains(n); i++) {
            n = name + "-" + i;
        }
        return n;
    }

    private Object value(Type type, JsonNode property, boolean required) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return text(required);
        }
        if (raw == Boolean.class) {
            return random.nextBoolean();
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (raw == Integer.class) {
            return (int) whole(property.path("minimum").asLong(Integer.MIN_VALUE), Integer.MAX_VALUE);
        }
        if (raw == Long.class) {
            return whole(property.path("minimum").asLong(Long.MIN_VALUE), Long.MAX_VALUE);
        }
        if (raw == Double.class) {
            return fraction(property);
        }
        if (raw == List.class) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            int size = random.nextInt(5);
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(value(item, property.path("items"), true));
            }
            return list;
        }
        if (raw.isRecord()) {
            return record(raw);
        }
        throw new IllegalStateException("no generator for " + type);
    }

    private String text(boolean nonBlank) {
        String s = switch (random.nextInt(3)) {
            case 0 -> TRICKY.get(random.nextInt(TRICKY.size()));
            case 1 -> word();
            default -> word() + (random.nextBoolean() ? "-" : " ") + TRICKY.get(random.nextInt(TRICKY.size()));
        };
        return nonBlank && s.isBlank() ? "x" : s;
    }

    private String word() {
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789-_.";
        StringBuilder sb = new StringBuilder().append((char) ('a' + random.nextInt(26)));
        for (int i = random.nextInt(12); i > 0; i--) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }

    private long whole(long min, long max) {
        return switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> max;
            case 2 -> min + random.nextInt(100);
            default -> min + (long) (random.nextDouble() * ((double) max - min));
        };
    }

    private double fraction(JsonNode property) {
        if (property.has("maximum")) { // a percentage: (min, max]
            double max = property.path("maximum").asDouble();
            return switch (random.nextInt(4)) {
                case 0 -> max;
                case 1 -> Double.MIN_VALUE;
                case 2 -> Math.round(random.nextDouble() * max * 1000) / 1000.0;
                default -> Math.nextUp(random.nextDouble() * max);
            };
        }
        double min = property.path("minimum").asDouble(0);
        return switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> Double.MAX_VALUE;
            case 2 -> Double.MIN_VALUE;
            case 3 -> min + random.nextInt(10_000) / 10.0;
            default -> min + random.nextDouble() * 1e12;
        };
    }
}
