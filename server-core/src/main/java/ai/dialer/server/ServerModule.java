package ai.dialer.server;

import ai.dialer.plugin.ReadinessCheck;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.Multibinds;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import javax.inject.Singleton;

/** The shared services every server gives plugins, and the sets plugin jars contribute to. */
@Module
public interface ServerModule {
  @Multibinds
  Set<ReadinessCheck> readinessChecks();

  @Multibinds
  Set<AutoCloseable> resources();

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
