package dev.allocpath.bench;

/**
 * The force-included header that sends a component's C heap to PSRAM, as ESP-IDF projects write
 * it: the preprocessor renames each allocation function to a PSRAM-backed one.
 */
final class RedirectHeader {
  private RedirectHeader() {}

  static String text(String prefix) {
    String guard = prefix.toUpperCase() + "_REDIRECT_H";
    String f = prefix + "_psram_";
    Code c = new Code();
    c.line("/*");
    c.line(" * Force-included (-include) into every translation unit of the components that want their");
    c.line(" * C heap in PSRAM. Renames calls only: C++ operator new still uses internal RAM.");
    c.line(" */");
    c.directive("#ifndef " + guard);
    c.directive("#define " + guard);
    c.blank();
    c.directive("#include <stddef.h>");
    c.blank();
    c.directive("#ifdef __cplusplus");
    c.directive("extern \"C\" {");
    c.directive("#endif");
    c.blank();
    c.line("void *" + f + "malloc(size_t size);");
    c.line("void *" + f + "calloc(size_t count, size_t size);");
    c.line("void *" + f + "realloc(void *ptr, size_t size);");
    c.line("void " + f + "free(void *ptr);");
    c.line("char *" + f + "strdup(const char *str);");
    c.blank();
    c.directive("#ifdef __cplusplus");
    c.directive("}");
    c.directive("#endif");
    c.blank();
    c.directive("#define malloc(size) " + f + "malloc(size)");
    c.directive("#define calloc(count, size) " + f + "calloc(count, size)");
    c.directive("#define realloc(ptr, size) " + f + "realloc(ptr, size)");
    c.directive("#define free(ptr) " + f + "free(ptr)");
    c.directive("#define strdup(str) " + f + "strdup(str)");
    c.blank();
    c.directive("#endif /* " + guard + " */");
    return c.text();
  }
}
