package ai.dialer.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * JMH forks of several benchmarks taken in turns, one fork of each per round, so that a ratio
 * between them compares runs made within the same minute or two. On a shared machine whose speed
 * drifts by half between minutes, a ratio between benchmarks run one after the other (as JMH runs
 * them) measures the drift as much as the code; here each round gives a ratio of its own, and their
 * median is the figure to read.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar ai.dialer.benchmarks.AlternatingRuns
 * [rounds] [benchmark regex ...]}, the first benchmark being the one the others are compared
 * with; by default 10 rounds of {@code generatedValid}, {@code schemaThenBindingValid} and {@code
 * bindingThenBeanValidationValid}. Each fork: 6 warm-up and 15 measured iterations of 200 ms.
 */
public final class AlternatingRuns {
  private static final List<String> DEFAULTS =
      List.of(
          "ContextValidationBenchmark.generatedValid$",
          "ContextValidationBenchmark.schemaThenBindingValid$",
          "ContextValidationBenchmark.bindingThenBeanValidationValid$");

  private AlternatingRuns() {}

  public static void main(String[] args) throws RunnerException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> benchmarks =
        args.length > 1 ? Arrays.asList(args).subList(1, args.length) : DEFAULTS;
    Map<String, List<Double>> all = new LinkedHashMap<>();
    Map<String, List<Double>> roundMedians = new LinkedHashMap<>();
    for (String benchmark : benchmarks) {
      all.put(benchmark, new ArrayList<>());
      roundMedians.put(benchmark, new ArrayList<>());
    }
    for (int round = 1; round <= rounds; round++) {
      for (String benchmark : benchmarks) {
        List<Double> scores = fork(benchmark);
        all.get(benchmark).addAll(scores);
        roundMedians.get(benchmark).add(quantile(scores, 0.5));
      }
      System.out.printf(Locale.ROOT, "round %d of %d:", round, rounds);
      for (String benchmark : benchmarks) {
        List<Double> medians = roundMedians.get(benchmark);
        System.out.printf(Locale.ROOT, " %.1f", medians.get(medians.size() - 1));
      }
      System.out.println(" ns/op (medians)");
    }
    String first = benchmarks.get(0);
    System.out.println();
    System.out.println("benchmark | iterations | min | p10 | median | mean (ns/op)");
    for (String benchmark : benchmarks) {
      List<Double> scores = all.get(benchmark);
      System.out.printf(
          Locale.ROOT,
          "%s | %d | %.1f | %.1f | %.1f | %.1f%n",
          benchmark,
          scores.size(),
          quantile(scores, 0),
          quantile(scores, 0.1),
          quantile(scores, 0.5),
          scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
    }
    System.out.println();
    System.out.println("against " + first + ": median of the rounds' ratios (lowest, highest)");
    for (String benchmark : benchmarks.subList(1, benchmarks.size())) {
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        ratios.add(roundMedians.get(benchmark).get(round) / roundMedians.get(first).get(round));
      }
      System.out.printf(
          Locale.ROOT,
          "%s | %.2fx (%.2fx, %.2fx)%n",
          benchmark,
          quantile(ratios, 0.5),
          quantile(ratios, 0),
          quantile(ratios, 1));
    }
  }

  /** The measured iterations of one fork, in ns/op. */
  private static List<Double> fork(String benchmark) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(benchmark)
            .forks(1)
            .warmupIterations(6)
            .warmupTime(TimeValue.milliseconds(200))
            .measurementIterations(15)
            .measurementTime(TimeValue.milliseconds(200))
            .verbosity(VerboseMode.SILENT)
            .build();
    List<Double> scores = new ArrayList<>();
    for (RunResult run : new Runner(options).run()) {
      for (BenchmarkResult result : run.getBenchmarkResults()) {
        for (IterationResult iteration : result.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
        }
      }
    }
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("no benchmark matches " + benchmark);
    }
    return scores;
  }

  /** The value at {@code q} (0 to 1) of the sorted values, nearest rank. */
  private static double quantile(List<Double> values, double q) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }
}
