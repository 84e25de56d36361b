package ai.dialer.server;

import ai.dialer.plugins.llm.ChatBackendSettings;
import ai.dialer.plugins.storage.StorageSettings;
import ai.dialer.server.config.ServerSettings;
import dagger.Module;
import dagger.Provides;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Singleton;

/** The shared services plugins ask for, built from the server's settings. */
@Module
public interface ServerModule {
  @Provides
  static StorageSettings storage(ServerSettings settings) {
    return settings.storage();
  }

  @Provides
  static ChatBackendSettings chatBackend(ServerSettings settings) {
    return settings.chatBackend();
  }

  @Provides
  static Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }
}
