package ai.dialer.runtime;

import ai.dialer.plugin.ReadinessCheck;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.Multibinds;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import javax.inject.Singleton;

/**
 * The shared services every server gives plugins ({@code HttpClient}, {@code Clock}), and the sets
 * plugin jars contribute to. Every server's component installs it, and so does the build-time check
 * of a plugin jar's graph: it lives here, beside the plugins, not in the server.
 */
@Module
public interface SharedServices {
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
