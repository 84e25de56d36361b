package ai.dialer.plugins.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 */
@Singleton
public final class Database implements AutoCloseable {
  private final Connection connection;

  @Inject
  public Database(StorageSettings settings) {
    try {
      Files.createDirectories(settings.dataDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create the data directory " + settings.dataDirectory(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(5_000);
    config.enforceForeignKeys(true);
    // The data source is constructed directly: no DriverManager, so no service loading.
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + settings.databaseFile().toAbsolutePath());
    try {
      this.connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot open the database " + settings.databaseFile() + ": " + e.getMessage(), e);
    }
  }

  /** Work against the database with exclusive use of its connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  public synchronized <T> T transaction(Work<T> work) throws SQLException {
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

  /** Runs DDL once at start-up; statements are separated by semicolons. */
  public synchronized void migrate(String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : script.split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  /** Whether the database answers, for readiness checks. */
  public synchronized boolean isReachable() {
    try {
      return connection.isValid(1);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() throws SQLException {
    connection.close();
  }
}
