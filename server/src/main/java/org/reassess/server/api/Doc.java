package org.reassess.server.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The description of a DTO or of one of its fields in {@code /openapi.json}; {@code format} is the
 * JSON Schema format of a string field ({@code "date-time"}, {@code "uri-reference"}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface Doc {
  String value();

  String format() default "";
}
