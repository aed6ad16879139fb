package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCompositeTypeSpecifier;

/** How a class definition is named in facts (see {@code ClassFact.qualifiedName}). */
final class ClassNames {
  private ClassNames() {}

  /** {@code class}, {@code struct} or {@code union}. */
  static String keyword(IASTCompositeTypeSpecifier type) {
    return switch (type.getKey()) {
      case IASTCompositeTypeSpecifier.k_union -> "union";
      case ICPPASTCompositeTypeSpecifier.k_class -> "class";
      default -> "struct";
    };
  }

  /**
   * The name relative to the enclosing scope: as written ({@code Inner}, {@code A::B} for an
   * out-of-line nested class, {@code hash<Foo>} for a specialisation), the typedef name for
   * {@code typedef struct {..} name;}, else {@code (anonymous struct at LINE:COLUMN)}.
   */
  static String name(IASTCompositeTypeSpecifier type, Locations locations) {
    String written = type.getName().toString();
    if (!written.isEmpty()) {
      return Spelling.type(written);
    }
    if (type.getStorageClass() == IASTDeclSpecifier.sc_typedef
        && type.getParent() instanceof IASTSimpleDeclaration declaration) {
      for (IASTDeclarator declarator : declaration.getDeclarators()) {
        String alias = Names.nameOf(declarator).toString();
        if (!alias.isEmpty()) {
          return alias;
        }
      }
    }
    SourceLocation at = locations.of(type);
    String where = at == null ? "" : " at " + at.line() + ":" + at.column();
    return "(anonymous " + keyword(type) + where + ")";
  }

  /** The class name, or the keyword of an anonymous class. */
  static SourceLocation location(IASTCompositeTypeSpecifier type, Locations locations) {
    if (!type.getName().toString().isEmpty()) {
      SourceLocation named = locations.of(type.getName());
      if (named != null) {
        return named;
      }
    }
    IASTFileLocation file = type.getFileLocation();
    if (file == null) {
      return null;
    }
    int length = Math.min(file.getNodeLength(), keyword(type).length());
    return locations.span(file.getFileName(), file.getNodeOffset(), length);
  }
}
