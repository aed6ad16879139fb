package dev.allocpath.cdt;

import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the target compiler (GCC 12 for a 32-bit ESP chip) predefines and what the missing system
 * headers would have defined, as far as parsing needs it. CDT itself predefines
 * {@code __cplusplus=201103L} and no {@code __GNUC__}, so {@code #if __cplusplus >= 201703L} and
 * GNU-extension checks would go the wrong way without these. The compat macros stand in for libc
 * macros used inside expressions ({@code offsetof}, {@code PRIu32}) and for C11
 * {@code _Atomic(T)}, which CDT's C parser does not support; without them those statements become
 * problem nodes; {@code NULL} (and in C {@code bool}/{@code true}/{@code false}) keep those
 * names from looking like unknown globals. These macros are never reported as facts.
 */
final class CompilerPrelude {
  private static final Map<String, String> C = build(Language.C);
  private static final Map<String, String> CXX = build(Language.CXX);

  /**
   * GNU {@code __thread} is a CDT built-in macro that expands to nothing, which would hide
   * thread-local storage; the prelude makes it this attribute instead, which the AST keeps.
   */
  static final String THREAD_LOCAL_ATTRIBUTE = "allocpath_thread_local";

  /** Resource with declarations of common {@code std} templates, force-included in C++ units. */
  private static final String STD_TEMPLATES_RESOURCE = "std-templates.hpp";

  private static final String STD_TEMPLATES = loadStdTemplates();

  private CompilerPrelude() {}

  /**
   * The C++ compat header: declarations (no bodies, so no facts) of common {@code std} class and
   * function templates. Without them the parser cannot know {@code std::lock_guard} is a template
   * and reads {@code std::lock_guard<std::mutex> lock(m);} as a comparison expression.
   */
  static String stdTemplates() {
    return STD_TEMPLATES;
  }

  private static String loadStdTemplates() {
    try (InputStream in = CompilerPrelude.class.getResourceAsStream(STD_TEMPLATES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STD_TEMPLATES_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The generated headers the model gave the unit that the parser force-includes, in order: the
   * configuration ({@code sdkconfig.h}) and the SDK compatibility macros (see
   * {@code ConfigurationUnits}). They are generated files, not build flags: their text is part of
   * the unit's inputs (and of its cache key), and rules never see them as forced includes.
   */
  static List<Path> generatedHeaders(CompileUnit unit, Path root) {
    List<Path> headers = new ArrayList<>();
    for (String name : List.of(BuildConfig.SDKCONFIG_HEADER, BuildConfig.SDK_COMPAT_HEADER)) {
      Path file = root.resolve(name).normalize();
      if (unit.virtualFiles().containsKey(file)) {
        headers.add(file);
      }
    }
    return headers;
  }

  /** Name (or {@code NAME(params)} key) to replacement, in definition order. */
  static Map<String, String> defines(Language language) {
    return language == Language.C ? C : CXX;
  }

  private static Map<String, String> build(Language language) {
    Map<String, String> defines = new LinkedHashMap<>();
    defines.put("__GNUC__", "12");
    defines.put("__GNUC_MINOR__", "2");
    defines.put("__GNUC_PATCHLEVEL__", "0");
    if (language == Language.C) {
      defines.put("__STDC_VERSION__", "201710L");
    } else {
      defines.put("__cplusplus", "201703L");
    }
    defines.put("__riscv", "1");
    defines.put("__CHAR_BIT__", "8");
    defines.put("__SIZEOF_POINTER__", "4");
    // The other sizes of the 32-bit ESP targets (GCC's builtins): sizeof() folds with them.
    defines.put("__SIZEOF_SHORT__", "2");
    defines.put("__SIZEOF_INT__", "4");
    defines.put("__SIZEOF_LONG__", "4");
    defines.put("__SIZEOF_LONG_LONG__", "8");
    defines.put("__SIZEOF_FLOAT__", "4");
    defines.put("__SIZEOF_DOUBLE__", "8");
    defines.put("__SIZEOF_LONG_DOUBLE__", "8");
    defines.put("__SIZEOF_WCHAR_T__", "4");
    defines.put("__SIZEOF_SIZE_T__", "4");
    defines.put("ESP_PLATFORM", "1");
    defines.put("__thread", "__attribute__((" + THREAD_LOCAL_ATTRIBUTE + "))");
    defines.put("offsetof(type,member)", "__builtin_offsetof(type,member)");
    if (language == Language.C) {
      // C11 keywords CDT's C parser does not know.
      defines.put("_Thread_local", "__thread");
      defines.put("_Noreturn", "");
      defines.put("_Static_assert(condition, message)", "");
      defines.put("NULL", "((void *)0)");
      defines.put("bool", "_Bool");
      defines.put("true", "1");
      defines.put("false", "0");
    } else {
      defines.put("NULL", "0");
    }
    defines.put("_Atomic(T)", "T");
    addToolchainMacros(defines);
    addFormatMacros(defines);
    return Collections.unmodifiableMap(defines);
  }

  /**
   * What the toolchain's own headers define (GCC's {@code <stdarg.h>}, newlib's
   * {@code <sys/cdefs.h>}): never read, so always stood in for. Not SDK macros, so they apply with
   * {@code --idf-path} too. Without the {@code va_*} ones a {@code va_arg(ap, int)} statement is a
   * syntax error; without the attribute words a declaration carrying them is dropped.
   */
  private static void addToolchainMacros(Map<String, String> defines) {
    defines.put("va_list", "__builtin_va_list");
    defines.put("va_start(ap, last)", "__builtin_va_start(ap, last)");
    defines.put("va_end(ap)", "__builtin_va_end(ap)");
    defines.put("va_copy(dest, src)", "__builtin_va_copy(dest, src)");
    defines.put("va_arg(ap, type)", "__builtin_va_arg(ap, type)");
    defines.put("_Nullable", "");
    defines.put("_Nonnull", "");
    defines.put("_Null_unspecified", "");
    defines.put("__unused", "__attribute__((__unused__))");
    defines.put("__used", "__attribute__((__used__))");
    defines.put("__packed", "__attribute__((__packed__))");
    defines.put("__aligned(x)", "__attribute__((__aligned__(x)))");
    defines.put("__section(x)", "__attribute__((__section__(x)))");
  }

  /**
   * {@code <inttypes.h>} format macros as newlib defines them for a 32-bit target: 32-bit types
   * are {@code long}, 64-bit ones {@code long long}. Only their being string literals matters.
   */
  private static void addFormatMacros(Map<String, String> defines) {
    String[] widths = {"8", "16", "32", "64"};
    for (String prefix : new String[] {"PRI", "SCN"}) {
      for (char conversion : "diouxX".toCharArray()) {
        for (String width : widths) {
          String length = lengthModifier(prefix, width);
          for (String kind : new String[] {"", "LEAST", "FAST"}) {
            defines.put(prefix + conversion + kind + width, quote(length + conversion));
          }
        }
        defines.put(prefix + conversion + "MAX", quote("ll" + conversion));
        defines.put(prefix + conversion + "PTR", quote(String.valueOf(conversion)));
      }
    }
  }

  private static String lengthModifier(String prefix, String width) {
    return switch (width) {
      case "8" -> prefix.equals("SCN") ? "hh" : "";
      case "16" -> prefix.equals("SCN") ? "h" : "";
      case "32" -> "l";
      default -> "ll";
    };
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
