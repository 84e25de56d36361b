package ai.dialer.plugins.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.dialer.plugin.PluginException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The database opens on a thread of its own; its first use waits, and a failure is reported. */
class DatabaseTest {
  @Test
  void migrationsRunBeforeTheFirstUse(@TempDir Path dir) throws Exception {
    try (Database database = new Database(new StorageSettings(dir.resolve("data")))) {
      database.migrate("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (41)");
      database.migrate("UPDATE t SET x = x + 1");
      long x =
          database.transaction(
              connection -> {
                try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT x FROM t")) {
                  rows.next();
                  return rows.getLong(1);
                }
              });
      assertEquals(42, x, "both migrations ran, in order, once");
      assertTrue(database.isReachable());
      assertTrue(Files.exists(dir.resolve("data")));
    }
  }

  @Test
  void aDataDirectoryThatCannotBeCreatedIsReportedAndNeverReachable(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    try (Database database = new Database(new StorageSettings(file.resolve("data")))) {
      SQLException e = assertThrows(SQLException.class, database::awaitOpen);
      assertTrue(e.getMessage().startsWith("Cannot open the database "), e.getMessage());
      assertTrue(e.getMessage().contains("cannot create the data directory"), e.getMessage());
      assertFalse(database.isReachable());
      assertThrows(SQLException.class, () -> database.transaction(connection -> 1));
    }
  }

  @Test
  void aFailedMigrationFailsEveryUse(@TempDir Path dir) throws Exception {
    try (Database database = new Database(new StorageSettings(dir))) {
      database.migrate("CREATE TABLE broken (");
      assertThrows(SQLException.class, database::awaitOpen);
      assertThrows(SQLException.class, database::awaitOpen, "not forgotten after one failure");
      assertFalse(database.isReachable());
    }
  }

  private static long count(Database database) throws SQLException {
    return database.transaction(
        connection -> {
          try (Statement statement = connection.createStatement();
              ResultSet rows = statement.executeQuery("SELECT count(*) FROM t")) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  private static int insert(Connection connection, int x) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
      insert.setInt(1, x);
      return insert.executeUpdate();
    }
  }

  @Test
  void transactionsWaitingTogetherCommitTogetherAndAFailingOneUndoesOnlyItself(@TempDir Path dir)
      throws Exception {
    try (Database database = new Database(new StorageSettings(dir.resolve("data")))) {
      database.migrate("CREATE TABLE t (x INTEGER PRIMARY KEY)");
      database.awaitOpen();
      // Hold the committer in a first transaction while others queue behind it: they form one
      // group.
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService callers = Executors.newFixedThreadPool(12);
      try {
        Future<Integer> first =
            callers.submit(
                () ->
                    database.transaction(
                        connection -> {
                          holding.countDown();
                          await(release);
                          return insert(connection, 0);
                        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        List<Future<Integer>> writes = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
          int x = i;
          writes.add(callers.submit(() -> database.transaction(c -> insert(c, x))));
        }
        // One that breaks a constraint (x = 3 again), and one that throws.
        Future<Integer> duplicate = callers.submit(() -> database.transaction(c -> insert(c, 3)));
        Future<Integer> thrown =
            callers.submit(
                () ->
                    database.transaction(
                        c -> {
                          insert(c, 99);
                          throw new IllegalStateException("the work's own bug");
                        }));
        Thread.sleep(200); // let them queue
        assertFalse(writes.get(0).isDone(), "nothing returns before its commit");
        release.countDown();
        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        for (Future<Integer> write : writes) {
          assertEquals(1, write.get(10, TimeUnit.SECONDS));
        }
        ExecutionException constraint =
            assertThrows(ExecutionException.class, () -> duplicate.get(10, TimeUnit.SECONDS));
        assertTrue(constraint.getCause() instanceof SQLException, constraint.toString());
        ExecutionException bug =
            assertThrows(ExecutionException.class, () -> thrown.get(10, TimeUnit.SECONDS));
        assertTrue(bug.getCause() instanceof IllegalStateException, bug.toString());
        assertEquals(11, count(database), "0 to 10 are kept; 99 was undone with its transaction");
      } finally {
        release.countDown();
        callers.shutdownNow();
      }
    }
    // And they are on disk.
    try (Database reopened = new Database(new StorageSettings(dir.resolve("data")))) {
      assertEquals(11, count(reopened));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aTransactionInsideAnotherJoinsIt(@TempDir Path dir) throws Exception {
    try (Database database = new Database(new StorageSettings(dir.resolve("data")))) {
      database.migrate("CREATE TABLE t (x INTEGER PRIMARY KEY)");
      int inner =
          database.transaction(
              connection -> insert(connection, 1) + database.transaction(c -> insert(c, 2)));
      assertEquals(2, inner);
      assertEquals(2, count(database));
    }
  }

  @Test
  void closingCommitsWhatWasAnsweredAndRefusesWhatComesLater(@TempDir Path dir) throws Exception {
    Database database = new Database(new StorageSettings(dir.resolve("data")));
    database.migrate("CREATE TABLE t (x INTEGER PRIMARY KEY)");
    database.transaction(c -> insert(c, 1));
    database.close();
    SQLException closed =
        assertThrows(SQLException.class, () -> database.transaction(c -> insert(c, 2)));
    assertTrue(closed.getMessage().contains("is closed"), closed.getMessage());
    try (Database reopened = new Database(new StorageSettings(dir.resolve("data")))) {
      assertEquals(1, count(reopened));
    }
  }

  @Test
  void aDatabaseLockedByAnotherProcessIsA503UntilTheLockGoes(@TempDir Path dir) throws Exception {
    try (Database database = new Database(new StorageSettings(dir.resolve("data")))) {
      database.migrate("CREATE TABLE t (x INTEGER PRIMARY KEY)");
      database.transaction(c -> insert(c, 1));
      assertEquals(Optional.empty(), database.problem());
      SQLiteDataSource other = new SQLiteDataSource();
      other.setUrl("jdbc:sqlite:" + dir.resolve("data/aidialer.db"));
      try (Connection locker = other.getConnection();
          Statement lock = locker.createStatement()) {
        lock.execute("BEGIN EXCLUSIVE");
        PluginException locked =
            assertThrows(PluginException.class, () -> database.transaction(c -> insert(c, 2)));
        assertEquals(503, locked.status());
        assertEquals("storage_unavailable", locked.code());
        assertEquals(1, locked.retryAfterSeconds());
        assertTrue(locked.getMessage().contains("locked by another process"), locked.getMessage());
        assertEquals(Optional.of("the database is locked by another process"), database.problem());
        lock.execute("ROLLBACK");
      }
      // Within the probe's interval, then clear.
      assertTrue(awaitReady(database), "ready again once the lock is gone");
      assertEquals(Integer.valueOf(1), database.transaction(c -> insert(c, 2)));
    }
  }

  /** Whether {@code database} reports no problem within a few seconds. */
  static boolean awaitReady(Database database) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (database.problem().isEmpty()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Test
  void aFileThatIsNotADatabaseIsReportedAsCorruptWithoutRetryAfter(@TempDir Path dir)
      throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("aidialer.db"), "this is not a database, it is a text file");
    try (Database database = new Database(new StorageSettings(data))) {
      SQLException open = assertThrows(SQLException.class, database::awaitStart);
      assertTrue(open.getMessage().contains("cannot hold the database"), open.getMessage());
      PluginException corrupt =
          assertThrows(PluginException.class, () -> database.transaction(c -> 1));
      assertEquals(503, corrupt.status());
      assertEquals("storage_unavailable", corrupt.code());
      assertEquals(0, corrupt.retryAfterSeconds(), "retrying will not help");
      assertTrue(corrupt.getMessage().contains("corrupt"), corrupt.getMessage());
    }
  }
}
