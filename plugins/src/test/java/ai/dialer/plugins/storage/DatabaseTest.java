package ai.dialer.plugins.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
