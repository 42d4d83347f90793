package dev.seamsim.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of random values from a seeded {@link SplittableRandom}: the same random source gives the same value,
 * so a case is replayed from its seed alone. Small on purpose: choices, weights, lists, strings, numbers.
 */
@FunctionalInterface
interface Gen<T> {
    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** Between {@code min} and {@code max} values (inclusive), each drawn independently. */
    default Gen<List<T>> list(int min, int max) {
        return random -> {
            int size = min + random.nextInt(max - min + 1);
            List<T> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) out.add(next(random));
            return out;
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("nothing to choose from");
        List<? extends T> copy = List.copyOf(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** A value from one of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return oneOf(List.of(gens));
    }

    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        List<? extends Gen<? extends T>> copy = List.copyOf(gens);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** A generator with its weight, for {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {}

    static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** A value from one of the generators, chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        return frequency(List.of(choices));
    }

    static <T> Gen<T> frequency(List<? extends Weighted<? extends T>> choices) {
        List<? extends Weighted<? extends T>> copy = List.copyOf(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int roll = random.nextInt(total);
            for (Weighted<? extends T> w : copy) {
                roll -= w.weight();
                if (roll < 0) return w.gen().next(random);
            }
            throw new IllegalStateException("weights changed");
        };
    }

    /** An int in [min, max]. */
    static Gen<Integer> between(int min, int max) {
        return random -> random.nextInt(min, max + 1);
    }

    static Gen<Integer> ints() {
        return SplittableRandom::nextInt;
    }

    static Gen<Long> longs() {
        return SplittableRandom::nextLong;
    }

    /** Doubles of every magnitude and sign (uniform bits, so huge, tiny, NaN-free finite values), plus common ones. */
    static Gen<Double> doubles() {
        return frequency(weight(1, of(0.0, -0.0, 0.5, -1.5, Double.MAX_VALUE, Double.MIN_VALUE)),
                weight(2, random -> random.nextDouble(-1e6, 1e6)),
                weight(2, random -> {
                    double d = Double.longBitsToDouble(random.nextLong());
                    return Double.isFinite(d) ? d : 1.0;
                }));
    }

    /** Strings of {@code min}..{@code max} characters from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int min, int max) {
        return random -> {
            int length = min + random.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            return out.toString();
        };
    }

    /** Strings of any chars (controls, surrogates alone or paired, non-characters), mostly ASCII and BMP text. */
    static Gen<String> anyStrings(int maxLength) {
        Gen<Character> any = frequency(weight(4, random -> (char) random.nextInt(0x20, 0x7F)),
                weight(2, random -> (char) random.nextInt(0x20)),
                weight(3, random -> (char) random.nextInt(0x80, 0x10000)),
                weight(1, random -> (char) random.nextInt(0xD800, 0xE000)));
        return random -> {
            int length = random.nextInt(maxLength + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) out.append(any.next(random));
            return out.toString();
        };
    }
}
