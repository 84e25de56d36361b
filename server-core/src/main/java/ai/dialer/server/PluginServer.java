package ai.dialer.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root of a server: the build that compiles it serves every plugin of the compilation and
 * of every plugin jar on its class path. For {@code @PluginServer interface WeatherServer {}} the
 * processor generates {@code WeatherServer_Component} (the one Dagger component, which checks the
 * whole graph at build time) and {@code WeatherServer_Assembly} (the static registry, the settings
 * of every plugin, and the {@code main} method to put in the jar's manifest).
 *
 * <p>Rules the processor enforces: on a public interface or class; one in a build; no two plugins
 * on the class path share a name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PluginServer {}
