package dev.allocpath.cdt;

/**
 * Looks up a class by a name as written, among the classes this unit defined so far: from the
 * innermost enclosing namespace outwards, as C++ name lookup does ({@code Init} inside
 * {@code namespace rtc::impl} finds {@code rtc::impl::Init}). Lets the extractor answer common
 * questions (whose method is {@code void Init::f()}, which struct does {@code p->x} reach)
 * without CDT's binding resolution; {@code using} directives and base classes are not
 * considered, so callers fall back to CDT when this finds nothing.
 */
final class KnownClasses {
  private KnownClasses() {}

  /** The qualified name of the class, or null. */
  static String find(String written, WalkContext context) {
    if (written.isEmpty()) {
      return null;
    }
    if (written.startsWith("::")) {
      String global = written.substring(2);
      return context.sink().classNamed(global) != null ? global : null;
    }
    String scope = context.scope();
    while (true) {
      String candidate = scope.isEmpty() ? written : scope + "::" + written;
      if (context.sink().classNamed(candidate) != null) {
        return candidate;
      }
      if (scope.isEmpty()) {
        return null;
      }
      scope = Names.qualifier(scope);
    }
  }
}
