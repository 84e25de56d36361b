package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A well-known string format, as JSON Schema's {@code format}, asserted by the generated validator
 * (code {@code format}): {@code email}, {@code uri} (absolute), {@code date} ({@code 2026-11-25}),
 * {@code time} ({@code 10:15:30Z}) or {@code date-time} ({@code 2026-11-25T10:15:30+01:00}).
 *
 * <p>Rules the processor enforces: only on {@code String} (or {@code Optional<String>}); one of the
 * five names. For a typed value use {@code LocalDate}, {@code OffsetDateTime} or {@code Instant}
 * instead: they carry their format.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Format {
  String value();
}
