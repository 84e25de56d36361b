package ai.dialer.plugins.storage;

import ai.dialer.plugin.PluginException;
import java.sql.SQLException;

/**
 * What a failure of the storage itself (not of a statement) means for the caller: SQLite's primary
 * result code, read from the {@link SQLException}, decides the answer.
 *
 * <ul>
 *   <li>the disk is full: 507 {@code storage_full}, {@code Retry-After} 60 s;
 *   <li>the database is locked by another process: 503 {@code storage_unavailable}, {@code
 *       Retry-After} 1 s;
 *   <li>the data directory cannot be written (read-only, an I/O error, a file that cannot be
 *       opened): 503 {@code storage_unavailable}, {@code Retry-After} 30 s;
 *   <li>the file is corrupt or not a database: 503 {@code storage_unavailable}, without {@code
 *       Retry-After}, since retrying will not help until an operator restores it.
 * </ul>
 *
 * <p>Anything else (a constraint, a statement the code got wrong) is not the storage's fault and
 * stays an {@link SQLException}, which the plugin reports as its own failure.
 */
final class StorageFailure {
  // SQLite's primary result codes (https://www.sqlite.org/rescode.html).
  private static final int PERM = 3;
  private static final int BUSY = 5;
  private static final int LOCKED = 6;
  private static final int READONLY = 8;
  private static final int IOERR = 10;
  private static final int CORRUPT = 11;
  private static final int FULL = 13;
  private static final int CANTOPEN = 14;
  private static final int PROTOCOL = 15;
  private static final int NOTADB = 26;

  static final String FULL_REASON = "the disk holding the database is full";

  private StorageFailure() {}

  /** Whether {@code e} is a failure of the storage rather than of the statement. */
  static boolean isStorage(SQLException e) {
    return reason(e) != null;
  }

  /** SQLite's primary result code of {@code e} (its extended code's low byte). */
  private static int primary(SQLException e) {
    return e.getErrorCode() & 0xff;
  }

  /** What an operator reads in {@code /ready}, or null if {@code e} is not the storage's. */
  static String reason(SQLException e) {
    return switch (primary(e)) {
      case FULL -> FULL_REASON;
      case BUSY, LOCKED -> "the database is locked by another process";
      case READONLY, PERM, IOERR, CANTOPEN, PROTOCOL -> "the data directory cannot be written";
      case CORRUPT, NOTADB -> "the database file is corrupt";
      default -> null;
    };
  }

  /** The answer to a call that met {@code e}, a failure of the storage. */
  static PluginException answer(SQLException e) {
    String reason = reason(e);
    return switch (primary(e)) {
      case FULL ->
          PluginException.retryAfter(
              507,
              "storage_full",
              "The database cannot serve the call: "
                  + reason
                  + ". Nothing was changed; retry once space is freed.",
              60,
              e);
      case BUSY, LOCKED ->
          PluginException.retryAfter(
              503,
              "storage_unavailable",
              "The database cannot serve the call: " + reason + ". Nothing was changed.",
              1,
              e);
      case CORRUPT, NOTADB ->
          new PluginException(
              503,
              "storage_unavailable",
              "The database cannot serve the call: "
                  + reason
                  + "; it needs an operator to restore it. Nothing was changed.",
              e);
      default ->
          PluginException.retryAfter(
              503,
              "storage_unavailable",
              "The database cannot serve the call: " + reason + ". Nothing was changed.",
              30,
              e);
    };
  }
}
