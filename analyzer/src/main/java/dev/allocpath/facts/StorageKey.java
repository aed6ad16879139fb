package dev.allocpath.facts;

/**
 * How storage keys are spelled, so that the extractor and the rules agree without sharing code
 * paths. A key names where a value lives, not how it was reached:
 *
 * <ul>
 *   <li>{@code local:<function>:<name>} a local variable or parameter of a function;
 *   <li>{@code global:<qualified name>} a namespace-scope or static variable;
 *   <li>{@code field:<struct or class>:<field>} a field, whatever object it is reached through;
 *   <li>{@code member:<class>:<name>} an implicit-{@code this} member access inside a method;
 *   <li>a trailing {@code []} marks an array element ({@code global:tids[]}).
 * </ul>
 *
 * When the struct type of a field access is unknown, the struct part is {@code ?}.
 */
public final class StorageKey {
  private StorageKey() {}

  public static String local(String function, String name) {
    return "local:" + function + ":" + name;
  }

  public static String global(String qualifiedName) {
    return "global:" + qualifiedName;
  }

  public static String field(String owner, String field) {
    return "field:" + owner + ":" + field;
  }

  public static String element(String key) {
    return key.endsWith("[]") ? key : key + "[]";
  }
}
