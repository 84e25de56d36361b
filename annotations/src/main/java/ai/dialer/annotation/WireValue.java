package ai.dialer.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of an enum constant on the wire, read and written, instead of its Java name:
 * {@code @WireValue("high") HIGH}.
 *
 * <p>Rules the processor enforces: not empty; unique within the enum.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface WireValue {
  String value();
}
