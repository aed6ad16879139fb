package dev.allocpath.cdt;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIncludeStatement;
import org.eclipse.cdt.core.dom.ast.IFileNomination;
import org.eclipse.cdt.core.index.IIndexFile;
import org.eclipse.cdt.core.index.IIndexMacro;
import org.eclipse.cdt.core.index.IIndexName;
import org.eclipse.cdt.core.parser.ISignificantMacros;

/**
 * The {@code #define}s and {@code #undef}s of a skipped header in the form CDT's preprocessor takes
 * for a header "found in the index": it defines (or, with no expansion, removes) each macro in turn
 * without reading the header. CDT asks such a macro for its name, parameters, expansion and the
 * place of its definition; {@link IIndexMacro} and {@link IIndexName} have many more methods, none
 * of which the preprocessor calls, so they are answered by a proxy that gives those four and a
 * neutral value for the rest.
 */
final class IndexMacros {
  private IndexMacros() {}

  /** The macros of {@code steps}, in order, for {@code InternalFileContent}. */
  static List<IIndexMacro> of(List<HeaderSkips.MacroStep> steps) {
    List<IIndexMacro> macros = new ArrayList<>(steps.size());
    for (HeaderSkips.MacroStep step : steps) {
      macros.add(macro(step));
    }
    return List.copyOf(macros);
  }

  /**
   * The index file CDT expects with a header found in its index: it asks only for the header's
   * significant macros (none are added: the skip is decided by {@link MacroContext} instead).
   */
  static IIndexFile indexFile() {
    return INDEX_FILE;
  }

  private static final IIndexFile INDEX_FILE = (IIndexFile) Proxy.newProxyInstance(
      IndexMacros.class.getClassLoader(), new Class<?>[] {IIndexFile.class},
      (proxy, method, args) -> switch (method.getName()) {
        case "getSignificantMacros" -> ISignificantMacros.NONE;
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        case "toString" -> "skipped header";
        default -> neutral(method.getReturnType());
      });

  /** Tells CDT that a skipped file has {@code #pragma once}, so a later include of it is skipped. */
  static IFileNomination pragmaOnce() {
    return PragmaOnce.INSTANCE;
  }

  private static IIndexMacro macro(HeaderSkips.MacroStep step) {
    Place place = new Place(step.file(), step.offset(), step.length(), step.line());
    IIndexName definition = (IIndexName) Proxy.newProxyInstance(IndexMacros.class.getClassLoader(),
        new Class<?>[] {IIndexName.class}, handler(step, place, null));
    return (IIndexMacro) Proxy.newProxyInstance(IndexMacros.class.getClassLoader(),
        new Class<?>[] {IIndexMacro.class}, handler(step, place, definition));
  }

  private static InvocationHandler handler(HeaderSkips.MacroStep step, Place place, IIndexName definition) {
    char[] name = step.name().toCharArray();
    return (Object proxy, Method method, Object[] args) -> switch (method.getName()) {
      case "getNameCharArray", "getSimpleID", "toCharArray" -> name.clone();
      case "getName", "toString" -> step.name();
      case "getParameterList" -> step.parameters() == null ? null : step.parameters().clone();
      case "getExpansionImage" -> step.expansion() == null ? null : step.expansion().clone();
      case "getExpansion" -> step.expansion() == null ? null : new String(step.expansion());
      case "isFunctionStyle" -> step.parameters() != null;
      case "getDefinition" -> definition;
      case "getFileLocation" -> place;
      case "isDefinition", "isDeclaration" -> definition == null;
      case "hashCode" -> System.identityHashCode(proxy);
      case "equals" -> proxy == args[0];
      default -> neutral(method.getReturnType());
    };
  }

  private static Object neutral(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type.isPrimitive()) {
      return type == void.class ? null : 0;
    }
    return null;
  }

  /** Where a skipped macro was defined, as the preprocessor records it for expansions. */
  private record Place(String file, int offset, int length, int line) implements IASTFileLocation {
    @Override
    public String getFileName() {
      return file;
    }

    @Override
    public int getNodeOffset() {
      return offset;
    }

    @Override
    public int getNodeLength() {
      return length;
    }

    @Override
    public int getStartingLineNumber() {
      return line;
    }

    @Override
    public int getEndingLineNumber() {
      return line;
    }

    @Override
    public IASTPreprocessorIncludeStatement getContextInclusionStatement() {
      return null;
    }

    @Override
    public IASTFileLocation asFileLocation() {
      return this;
    }
  }

  private enum PragmaOnce implements IFileNomination {
    INSTANCE;

    @Override
    public ISignificantMacros getSignificantMacros() {
      return ISignificantMacros.NONE;
    }

    @Override
    public boolean hasPragmaOnceSemantics() {
      return true;
    }
  }
}
