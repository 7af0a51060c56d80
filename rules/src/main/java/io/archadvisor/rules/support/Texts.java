package io.archadvisor.rules.support;

import io.archadvisor.facts.BoundedContext;
import io.archadvisor.facts.DataAccess;
import io.archadvisor.facts.InputFact;
import io.archadvisor.facts.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Text helpers the responsibility rules use to name their evidence: fact lists in input order, names as identifiers,
 * and the arithmetic behind availability figures. Every method is pure, so advice text is deterministic.
 */
public final class Texts {

    private Texts() {}

    /** A lower-case identifier made of letters, digits and single dashes, such as {@code order-history}. */
    public static String slug(String name) {
        // every run of other characters becomes one dash, and none leads or trails: one pass, no regular expression
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.length() == 0 ? "item" : out.toString();
    }

    /** The data sets among {@code facts}, in the order of {@code dataAccess}. */
    public static List<DataAccess> dataSets(Collection<?> facts) {
        List<DataAccess> list = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof DataAccess d) {
                list.add(d);
            }
        }
        list.sort(Comparator.comparingInt(DataAccess::index));
        return list;
    }

    /** The data sets' names, without repeats, in input order. */
    public static List<String> dataSetNames(Collection<?> facts) {
        return dataSets(facts).stream().map(DataAccess::name).distinct().toList();
    }

    /** The bounded contexts' names among {@code facts}, without repeats, in input order. */
    public static List<String> contextNames(Collection<?> facts) {
        return facts.stream()
                .filter(BoundedContext.class::isInstance)
                .map(BoundedContext.class::cast)
                .sorted(Comparator.comparingInt(BoundedContext::index))
                .map(BoundedContext::value)
                .distinct()
                .toList();
    }

    /** The first resource the design exposes: the first bounded context, else the first data set, else {@code items}. */
    public static String firstResource(Collection<?> contexts, Collection<?> dataSets) {
        List<String> names = new ArrayList<>(contextNames(contexts));
        names.addAll(dataSetNames(dataSets));
        return names.isEmpty() ? "items" : slug(names.get(0));
    }

    /** The data sets' names, quoted and comma-separated, in input order: {@code `orders`, `payments`}. */
    public static String names(Collection<?> dataSets) {
        return dataSets(dataSets).stream()
                .map(d -> "`" + d.name() + "`")
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /** Each data set with its known read and write rates, in input order. */
    public static String loads(Collection<?> dataSets) {
        return dataSets(dataSets).stream().map(Texts::load).collect(Collectors.joining(", "));
    }

    /** One data set with its known read and write rates: {@code `orders` (1200 reads/s, 40 writes/s)}. */
    public static String load(DataAccess d) {
        List<String> parts = new ArrayList<>();
        if (d.readsPerSecond() != null) {
            parts.add(d.readsPerSecond() + " reads/s");
        }
        if (d.writesPerSecond() != null) {
            parts.add(d.writesPerSecond() + " writes/s");
        }
        return "`" + d.name() + "`" + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** The input facts among {@code facts} in a stable order: by dimension, then by path (shorter first). */
    public static List<InputFact> sorted(Collection<?> facts) {
        // a fact's path is built when asked: take it once per fact rather than in every comparison
        List<Keyed> keyed = new ArrayList<>(facts.size());
        for (Object o : facts) {
            if (o instanceof InputFact f) {
                keyed.add(new Keyed(f, f.path()));
            }
        }
        keyed.sort(ORDER); // stable: facts that compare equal keep their order
        InputFact[] out = new InputFact[keyed.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keyed.get(i).fact();
        }
        return List.of(out);
    }

    private record Keyed(InputFact fact, String path) {}

    private static final Comparator<Keyed> ORDER = Comparator.comparing(
                    (Keyed k) -> k.fact().dimension())
            .thenComparingInt(k -> k.path().length())
            .thenComparing(Keyed::path);

    /** The facts in plain words, in a stable order: {@code nfrs.compliance[0] = pci-dss, ...}. */
    public static String facts(Collection<?> facts) {
        return joined(facts, InputFact::describe);
    }

    /** The facts' values as a person would write them, in path order: {@code pci-dss, soc2}. */
    public static String values(Collection<?> facts) {
        return joined(facts, f -> Values.display(f.displayValue()));
    }

    private static String joined(Collection<?> facts, Function<InputFact, String> text) {
        List<InputFact> sorted = sorted(facts);
        String[] parts = new String[sorted.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = text.apply(sorted.get(i));
        }
        return String.join(", ", parts);
    }

    /** A value as written in the requirements: {@code 99.95}, {@code pci-dss}. */
    public static String show(Object value) {
        return Values.display(value);
    }

    /** A number of minutes in words: {@code 1 minute}, {@code 15 minutes}. */
    public static String minutes(int minutes) {
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** The share of requests an availability target allows to fail, as a plain decimal: 99.95 → {@code 0.0005}. */
    public static String errorRatio(double availabilityPercent) {
        return remembered(ERROR_RATIOS, availabilityPercent, Texts::errorRatioUncached);
    }

    private static String errorRatioUncached(double availabilityPercent) {
        return java.math.BigDecimal.valueOf(100)
                .subtract(java.math.BigDecimal.valueOf(availabilityPercent))
                .movePointLeft(2)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The minutes of downtime an availability target allows in 30 days, rounded down: 99.95 → 21. */
    public static long downtimeMinutesPer30Days(double availabilityPercent) {
        return (long) Math.floor(30 * 24 * 60 * (100 - availabilityPercent) / 100 + 1e-9);
    }

    /** The downtime an availability target allows in 30 days, for people: {@code 21.6 minutes}. */
    public static String downtimePer30Days(double availabilityPercent) {
        return remembered(DOWNTIMES, availabilityPercent, Texts::downtimePer30DaysUncached);
    }

    // the texts of an availability target, written once per value: a requirement has few targets, and rules write
    // them into many nodes of every advice (decimal and format arithmetic each time); bounded all the same
    private static final int REMEMBERED_LIMIT = 1_024;
    private static final java.util.concurrent.ConcurrentHashMap<Double, String> ERROR_RATIOS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<Double, String> DOWNTIMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String remembered(
            java.util.concurrent.ConcurrentHashMap<Double, String> texts,
            double value,
            java.util.function.DoubleFunction<String> write) {
        String text = texts.get(value);
        if (text == null) {
            if (texts.size() >= REMEMBERED_LIMIT) {
                texts.clear();
            }
            text = write.apply(value);
            texts.putIfAbsent(value, text);
        }
        return text;
    }

    private static String downtimePer30DaysUncached(double availabilityPercent) {
        double minutes = 30 * 24 * 60 * (100 - availabilityPercent) / 100;
        if (minutes >= 120) {
            return String.format(Locale.ROOT, "%.1f hours", minutes / 60);
        }
        return String.format(Locale.ROOT, "%.1f minutes", minutes);
    }
}
