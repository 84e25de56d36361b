package ai.dialer.runtime.aggregation;

/** Where plugin jars keep their records ({@link AggregatedPlugin}, {@link AggregatedModule}). */
public final class Aggregation {
  /** The package of the record classes, the same in every jar. */
  public static final String PACKAGE = "ai.dialer.aggregated";

  private Aggregation() {}
}
