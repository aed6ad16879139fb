package dev.allocpath.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one place where a rule's identity lives. SARIF rule metadata, {@code --list-rules}, the
 * README table and the docs are derived from it; the long explanation lives in
 * {@code rule-docs/<id>.md} next to the rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** Stable id ({@code <category>-<kebab-name>}); GitHub matches alerts across commits by it. */
  String id();

  /** One sentence shown next to every result. */
  String summary();

  Severity severity();

  /** GitHub code scanning {@code properties.precision}: very-high, high, medium or low. */
  String precision() default "high";

  String[] tags() default {};
}
