package ai.dialer.plugins.storage;

import ai.dialer.plugin.ReadinessCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database under the data directory, created on first use.
 *
 * <p>Commits are durable before they return (WAL with {@code synchronous=FULL}), so a write that
 * was answered survives {@code kill -9}. SQLite runs one writer at a time anyway, so one connection
 * serialised by this object is both simple and as fast as a pool would be here.
 *
 * <p>Opening (creating the directory, extracting and loading SQLite's native library: about a
 * quarter of the server's start-up) begins on a thread of its own when this object is built, so the
 * server can start listening meanwhile. The first use waits for it; {@link #awaitOpen} reports why
 * it failed, and {@link #isReachable} is false until it is open.
 */
@Singleton
public final class Database implements AutoCloseable, ReadinessCheck {
  private final Path file;
  private final Path dataDirectory;
  private final FutureTask<Connection> opening;

  /** DDL to run, in order, before the connection is first used; guarded by this. */
  private final List<String> migrations = new ArrayList<>();

  @Inject
  public Database(StorageSettings settings) {
    this.file = settings.databaseFile();
    this.dataDirectory = settings.dataDirectory();
    this.opening = new FutureTask<>(() -> open(settings));
    Thread opener = new Thread(opening, "database-open");
    opener.setDaemon(true);
    opener.start();
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
    config.setBusyTimeout(5_000);
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
      throw new SQLException(
          "Cannot open the database " + file + ": " + e.getCause().getMessage(), e.getCause());
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

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  public synchronized <T> T transaction(Work<T> work) throws SQLException {
    Connection connection = connection();
    connection.setAutoCommit(false);
    try {
      T result = work.run(connection);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
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

  @Override
  public Optional<String> problem() {
    if (!opening.isDone()) {
      return Optional.of("the database is opening");
    }
    return isReachable() ? Optional.empty() : Optional.of("the database does not answer");
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

  @Override
  public synchronized void close() throws SQLException {
    Connection connection;
    try {
      connection = opening.get();
    } catch (ExecutionException e) {
      return; // never opened: nothing to close
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while waiting for the database " + file + " to open", e);
    }
    connection.close();
  }
}
