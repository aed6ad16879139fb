package dev.allocpath.facts;

/**
 * How storage keys are spelled, so that the extractor and the rules agree without sharing code
 * paths. A key names where a value lives, not how it was reached:
 *
 * <ul>
 *   <li>{@code local:<function>:<name>} a local variable or parameter of a function;
 *   <li>{@code global:<qualified name>} a namespace-scope or static variable;
 *   <li>{@code field:<struct or class>:<field>} a non-static data member, whatever object it is
 *       reached through: {@code obj.m}, {@code p->m}, {@code this->m} and an implicit-{@code this}
 *       {@code m} inside a method all give the same key. The struct part is the qualified name
 *       of the class that declares the field (a base class for an inherited member); for a
 *       typedef'd anonymous C struct it is the typedef name;
 *   <li>a trailing {@code []} marks an array element ({@code global:tids[]}).
 * </ul>
 *
 * <p>Static data members and function-local {@code static} variables are {@code global:}
 * ({@code global:A::table}, {@code global:ns::f::cache}). When the struct type of a field access
 * is unknown, the struct part is {@code ?}. A name that resolves to nothing the parser saw
 * (typically a libc global such as {@code errno}) is {@code global:<name as written>}.
 * There is no {@code member:} form: implicit-{@code this} access is a {@code field:} key.
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
