package ai.dialer.plugins.storage;

import ai.dialer.plugin.ReadinessCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database under the data directory, created on first use.
 *
 * <p>Commits are durable before they return (WAL with {@code synchronous=FULL}), so a write that
 * was answered survives {@code kill -9}. SQLite runs one writer at a time, so one connection serves
 * every caller, and it commits them in groups: each {@link #transaction} waits in a queue, one
 * thread runs every transaction waiting (each in a savepoint of its own, so that one that throws
 * undoes only itself) and commits them together with one {@code fsync}, then each caller returns.
 * Under load, one disk flush then carries many writes instead of one each.
 *
 * <p>A failure of the storage itself (a full disk, a data directory that cannot be written, a
 * database locked by another process, a corrupt file) is thrown as a {@code PluginException} with a
 * stable code ({@link StorageFailure}), and {@link #problem} reports it to {@code /ready} until a
 * commit succeeds again: while it lasts, {@code /ready} tries a small write at most once a second.
 *
 * <p>Opening (creating the directory, extracting and loading SQLite's native library: about a
 * quarter of the server's start-up) begins on a thread of its own when this object is built, so the
 * server can start listening meanwhile. The first use waits for it; {@link #awaitOpen} reports why
 * it failed, and {@link #isReachable} is false until it is open.
 */
@Singleton
public final class Database implements AutoCloseable, ReadinessCheck {
  /** The most transactions one commit carries. */
  private static final int MAX_GROUP = 256;

  private static final int BUSY_TIMEOUT_MILLIS = 5_000;

  /** How long {@code /ready}'s probe write waits for another process's lock. */
  private static final int PROBE_BUSY_TIMEOUT_MILLIS = 100;

  private static final long PROBE_INTERVAL_NANOS = 1_000_000_000L;

  /**
   * Below this much free space on the data directory's disk the database reports itself not ready:
   * a small write may still fit, but a note of a few pages soon will not.
   */
  static final long MIN_FREE_BYTES = 1 << 20;

  private static final String PROBE_TABLE =
      "CREATE TABLE IF NOT EXISTS storage_probe (id INTEGER PRIMARY KEY, probed_at INTEGER NOT"
          + " NULL)";

  private final Path file;
  private final Path dataDirectory;
  private final FutureTask<Connection> opening;

  /** DDL to run, in order, before the connection is first used; guarded by this. */
  private final List<String> migrations = new ArrayList<>();

  /** Transactions waiting for the committer. */
  private final BlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();

  private final Thread committer;
  private volatile boolean closed;

  /**
   * Why the storage failed last, until {@link #probe}'s write succeeds (not any commit: one that
   * only read succeeds on a full disk too); null while it works.
   */
  private volatile String failure;

  private volatile long probedAt;

  @Inject
  public Database(StorageSettings settings) {
    this.file = settings.databaseFile();
    this.dataDirectory = settings.dataDirectory();
    this.opening = new FutureTask<>(() -> open(settings));
    migrations.add(PROBE_TABLE);
    Thread opener = new Thread(opening, "database-open");
    opener.setDaemon(true);
    opener.start();
    this.committer = new Thread(this::commitGroups, "database-commit");
    committer.setDaemon(true);
    committer.start();
  }

  private static Connection open(StorageSettings settings) throws SQLException {
    try {
      Files.createDirectories(settings.dataDirectory());
    } catch (IOException e) {
      throw new SQLException(
          "cannot create the data directory " + settings.dataDirectory() + " (" + e + ")", e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    // The data source is constructed directly: no DriverManager, so no service loading.
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + settings.databaseFile().toAbsolutePath());
    return dataSource.getConnection();
  }

  /** The open connection, once every migration has run; the caller holds this object's lock. */
  private Connection connection() throws SQLException {
    Connection connection;
    try {
      connection = opening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while waiting for the database " + file + " to open", e);
    } catch (ExecutionException e) {
      // SQLite's result code is kept: it says whether the storage is at fault (StorageFailure).
      int code = e.getCause() instanceof SQLException cause ? cause.getErrorCode() : 0;
      throw new SQLException(
          "Cannot open the database " + file + ": " + e.getCause().getMessage(),
          null,
          code,
          e.getCause());
    }
    while (!migrations.isEmpty()) {
      // Removed only once it has run: a failed migration fails every use, not just the first.
      try (Statement statement = connection.createStatement()) {
        for (String sql : migrations.get(0).split(";")) {
          if (!sql.isBlank()) {
            statement.execute(sql);
          }
        }
      }
      migrations.remove(0);
    }
    return connection;
  }

  /** Waits until the database is open and migrated; throws why it could not be. */
  public synchronized void awaitOpen() throws SQLException {
    connection();
  }

  /** Work against the database with exclusive use of its connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** A transaction waiting for its group's commit, and then its outcome. */
  private static final class Pending<T> {
    final Work<T> work;
    final CountDownLatch done = new CountDownLatch(1);
    T value;
    Throwable thrown;

    Pending(Work<T> work) {
      this.work = work;
    }

    void fail(Throwable e) {
      thrown = e;
      done.countDown();
    }

    T await() throws SQLException {
      try {
        done.await();
      } catch (InterruptedException e) {
        // The call was given up on (its timeout); the transaction may still commit.
        Thread.currentThread().interrupt();
        throw new SQLException("Interrupted while waiting for the database to commit", e);
      }
      if (thrown instanceof SQLException e) {
        throw e;
      } else if (thrown instanceof RuntimeException e) {
        throw e;
      } else if (thrown instanceof Error e) {
        throw e;
      }
      return value;
    }
  }

  /**
   * Runs {@code work} in a transaction and returns once it is committed to disk, or throws: an
   * {@link SQLException} from the work rolls back only the work, and a failure of the storage (see
   * {@link StorageFailure}) is a {@code PluginException} with a stable code.
   */
  public <T> T transaction(Work<T> work) throws SQLException {
    if (Thread.currentThread() == committer) {
      // Work run inside another transaction joins it.
      return work.run(connection());
    }
    Pending<T> pending = new Pending<>(work);
    waiting.add(pending);
    if (closed && waiting.remove(pending)) {
      // close() drained the queue before this one arrived (had it not, it would commit it).
      throw new SQLException("The database " + file + " is closed");
    }
    return pending.await();
  }

  /** The committer's loop: each group of waiting transactions, committed together. */
  private void commitGroups() {
    List<Pending<?>> group = new ArrayList<>();
    while (true) {
      try {
        group.add(waiting.take());
      } catch (InterruptedException e) {
        return; // closed
      }
      waiting.drainTo(group, MAX_GROUP - 1);
      try {
        synchronized (this) {
          commit(group);
        }
      } catch (RuntimeException | Error e) {
        // The driver failed outside any transaction's work: its callers are told, and this
        // thread lives on, or every later transaction would wait for ever.
        failRest(group, () -> e);
      }
      group.clear();
    }
  }

  /** Runs and commits {@code group}; every transaction in it is completed, whatever happens. */
  private void commit(List<Pending<?>> group) {
    Connection connection = null;
    List<Pending<?>> succeeded = new ArrayList<>(group.size());
    try {
      connection = connection();
      connection.setAutoCommit(false);
      for (Pending<?> pending : group) {
        if (run(connection, pending)) {
          succeeded.add(pending);
        }
      }
      connection.commit();
      for (Pending<?> pending : succeeded) {
        pending.done.countDown();
      }
    } catch (SQLException e) {
      // The storage failed (or the commit did): nothing of the group was kept.
      rollback(connection, e);
      if (StorageFailure.isStorage(e)) {
        failure = StorageFailure.reason(e);
      }
      // Those that ran are undone with the rest; each caller gets an answer of its own.
      failRest(group, () -> StorageFailure.isStorage(e) ? StorageFailure.answer(e) : e);
    } finally {
      if (connection != null) {
        try {
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          // The next group sets it again; the connection reports its state then.
        }
      }
    }
  }

  /** Fails every transaction of {@code group} that has no outcome yet. */
  private static void failRest(List<Pending<?>> group, Supplier<Throwable> failure) {
    for (Pending<?> pending : group) {
      if (pending.done.getCount() > 0) {
        pending.fail(failure.get());
      }
    }
  }

  /**
   * Runs one transaction of a group in a savepoint: true if it succeeded, false if it threw (and
   * was undone, and told so).
   *
   * @throws SQLException if the storage failed, which fails the whole group
   */
  private static <T> boolean run(Connection connection, Pending<T> pending) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try {
      pending.value = pending.work.run(connection);
      connection.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      if (StorageFailure.isStorage(e)) {
        throw e;
      }
      undo(connection, savepoint, e);
      pending.fail(e);
    } catch (RuntimeException | Error e) {
      undo(connection, savepoint, e);
      pending.fail(e);
    }
    return false;
  }

  private static void undo(Connection connection, Savepoint savepoint, Throwable cause)
      throws SQLException {
    try {
      connection.rollback(savepoint);
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      e.addSuppressed(cause);
      throw e;
    }
  }

  private static void rollback(Connection connection, SQLException cause) {
    if (connection == null) {
      return;
    }
    try {
      connection.rollback();
    } catch (SQLException e) {
      // SQLite may have rolled back already (a full disk does); the cause is what matters.
      cause.addSuppressed(e);
    }
  }

  /**
   * DDL (statements separated by semicolons) to run once the database is open, before any other use
   * of it; a failure is reported by {@link #awaitOpen} and by every use.
   */
  public synchronized void migrate(String script) {
    migrations.add(script);
  }

  @Override
  public String name() {
    return "database";
  }

  /**
   * Why the database cannot serve, or empty: still opening, not answering, less than {@link
   * #MIN_FREE_BYTES} free on its disk, or a failure of the storage that no write has cleared since.
   * While one lasts, this tries a small write (at most once a second, waiting briefly for a lock),
   * so that {@code /ready} turns true again when the condition clears even if no call writes
   * meanwhile.
   */
  @Override
  public Optional<String> problem() {
    if (!opening.isDone()) {
      return Optional.of("the database is opening");
    }
    long free = freeBytes();
    if (free >= 0 && free < MIN_FREE_BYTES) {
      return Optional.of(StorageFailure.FULL_REASON + " (" + free / 1024 + " KiB free)");
    }
    if (failure != null) {
      long now = System.nanoTime();
      if (now - probedAt > PROBE_INTERVAL_NANOS) {
        probedAt = now;
        probe();
      }
      String current = failure;
      if (current != null) {
        return Optional.of(current);
      }
    }
    return isReachable() ? Optional.empty() : Optional.of("the database does not answer");
  }

  /** The space left on the data directory's disk for this process, or -1 if it cannot be told. */
  private long freeBytes() {
    try {
      return Files.getFileStore(dataDirectory).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }

  /** A write that clears {@link #failure} if it commits, or records why it did not. */
  private synchronized void probe() {
    try {
      Connection connection = connection();
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = " + PROBE_BUSY_TIMEOUT_MILLIS);
        try {
          statement.executeUpdate(
              "INSERT INTO storage_probe (id, probed_at) VALUES (1, "
                  + System.currentTimeMillis()
                  + ") ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at");
        } finally {
          statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
        }
      }
      failure = null;
    } catch (SQLException e) {
      if (StorageFailure.isStorage(e)) {
        failure = StorageFailure.reason(e);
      }
    }
  }

  /** A server that cannot keep notes does not stay up: start-up waits for the database. */
  @Override
  public void awaitStart() throws SQLException {
    try {
      awaitOpen();
    } catch (SQLException e) {
      throw new SQLException(
          "DATA_DIR=" + dataDirectory + " cannot hold the database: " + e.getMessage(), e);
    }
  }

  /** Whether the database is open and answers, for readiness checks; never waits for it to open. */
  public boolean isReachable() {
    if (!opening.isDone()) {
      return false;
    }
    synchronized (this) {
      try {
        return connection().isValid(1);
      } catch (SQLException e) {
        return false;
      }
    }
  }

  /**
   * Commits every transaction already waiting, then closes the connection; a transaction that
   * arrives later is refused.
   */
  @Override
  public void close() throws SQLException {
    closed = true;
    committer.interrupt();
    try {
      committer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while closing the database " + file, e);
    }
    List<Pending<?>> left = new ArrayList<>();
    waiting.drainTo(left);
    if (!left.isEmpty()) {
      synchronized (this) {
        commit(left);
      }
    }
    synchronized (this) {
      Connection connection;
      try {
        connection = opening.get();
      } catch (ExecutionException e) {
        return; // never opened: nothing to close
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException(
            "Interrupted while waiting for the database " + file + " to open", e);
      }
      connection.close();
    }
  }
}
