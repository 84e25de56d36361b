package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an AI Dialer plugin: something the assistant can do during a conversation.
 *
 * <p>At compile time the plugin processor reads the class and generates, next to it, a context
 * validator ({@code FooPlugin_Validator}), a result encoder ({@code FooPlugin_Encoder}) and an
 * invoker ({@code FooPlugin_Invoker}); for the whole compilation it generates a static registry and
 * a Dagger module that binds every invoker into a {@code Map<String, PluginInvoker>}.
 *
 * <p>The processor enforces these rules; breaking one is a compile error on the offending element:
 *
 * <ul>
 *   <li>The annotated type is a public, concrete ({@code abstract} is not allowed), non-generic
 *       class, top-level or {@code static} nested, never an interface, enum, record or annotation.
 *   <li>Dagger can construct it: it has exactly one {@code @Inject} constructor, or a public
 *       constructor without arguments. Constructor arguments may be other plugins and shared
 *       services.
 *   <li>It has at least one method annotated {@link Action}; see there for the rules on actions.
 *   <li>{@link #name()} is unique in the build, 1 to 64 characters from {@code [A-Za-z0-9_-]}, and
 *       not {@code invoke} (which is the HTTP invoke path).
 *   <li>{@link #description()} is not blank.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Plugin {
  /**
   * The plugin's name on the wire, as clients send it in {@code {"plugin": …}}. Empty means the
   * class's simple name ({@code NoteTakerPlugin}), as in the original Python API.
   */
  String name() default "";

  /** One or two sentences a person or a language model reads to decide when to call the plugin. */
  String description();

  /**
   * Whether keys the plugin does not declare are ignored. By default they are violations (code
   * {@code unknown}, with the allowed keys and a suggestion), since a language model that invents a
   * key usually meant another one.
   */
  boolean ignoreUnknownKeys() default false;
}
