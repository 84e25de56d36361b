package ai.dialer.plugins.storage;

import ai.dialer.annotation.PluginModule;
import ai.dialer.plugin.ReadinessCheck;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;

/**
 * What the database gives every server built with this jar: {@code /ready} asks it, start-up waits
 * for it to open, and it is closed after the last call.
 */
@PluginModule
@Module
public interface StorageModule {
  @Provides
  @IntoSet
  static ReadinessCheck databaseReadiness(Database database) {
    return database;
  }

  @Provides
  @IntoSet
  static AutoCloseable databaseResource(Database database) {
    return database;
  }
}
