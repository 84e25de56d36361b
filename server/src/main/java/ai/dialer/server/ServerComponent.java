package ai.dialer.server;

import ai.dialer.plugins.GeneratedPluginsModule;
import ai.dialer.plugins.storage.Database;
import ai.dialer.runtime.PluginRegistry;
import ai.dialer.server.config.ServerSettings;
import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;

/**
 * The application's object graph, checked by Dagger at compile time: every plugin of the shipped
 * plugin module, and the services they take.
 */
@Singleton
@Component(modules = {GeneratedPluginsModule.class, ServerModule.class})
public interface ServerComponent {
  PluginRegistry registry();

  Database database();

  @Component.Factory
  interface Factory {
    ServerComponent create(@BindsInstance ServerSettings settings);
  }

  static ServerComponent create(ServerSettings settings) {
    return DaggerServerComponent.factory().create(settings);
  }
}
