package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Installs a Dagger {@code @Module} of a plugin jar in every server built with that jar: for the
 * services its plugins need that Dagger cannot construct from an {@code @Inject} constructor (an
 * interface and its implementation, a JDK class), and for what the jar contributes to the server
 * ({@code @IntoSet} {@link ai.dialer.plugin.ReadinessCheck}s, {@code @IntoSet} {@code
 * AutoCloseable}s closed when the server stops).
 *
 * <p>Rules the processor enforces: on a public class or interface annotated {@code @Module}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PluginModule {}
