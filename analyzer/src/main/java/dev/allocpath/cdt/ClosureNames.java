package dev.allocpath.cdt;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTEnumerationSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTConversionName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTEnumerationSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceAlias;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTOperatorName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateId;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateParameter;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTUsingDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTUsingDirective;

/**
 * What a stretch of declarations makes visible to the code after it, for deciding whether that
 * code could have needed them: every name it declares outside function bodies and parameter lists
 * (types, members, functions, variables, enumerators, typedefs, using-declarations, namespace
 * aliases; not namespaces, which any later code may reopen). Two things reach later code without
 * their name being spelled there, and make the stretch one that is never skipped: an operator or
 * conversion declared outside a class (found by argument-dependent lookup) and a
 * {@code using namespace} outside a function.
 */
final class ClosureNames {
  private final Set<String> declared = new HashSet<>();
  private boolean reachesUnnamed;

  /** The names of {@code declarations[start..end]} (none when {@code start} is negative). */
  static ClosureNames of(IASTDeclaration[] declarations, int start, int end) {
    ClosureNames names = new ClosureNames();
    Visitor visitor = names.new Visitor();
    for (int i = Math.max(0, start); start >= 0 && i <= end; i++) {
      declarations[i].accept(visitor);
    }
    return names;
  }

  Set<String> declared() {
    return declared;
  }

  /** Whether later code could use these declarations without spelling any of their names. */
  boolean reachesUnnamed() {
    return reachesUnnamed;
  }

  private final class Visitor extends ASTVisitor {
    Visitor() {
      shouldVisitNames = true;
      shouldVisitDeclarations = true;
      shouldVisitStatements = true;
      shouldVisitParameterDeclarations = true;
      shouldVisitTemplateParameters = true;
    }

    @Override
    public int visit(IASTStatement statement) {
      // Function bodies: their names are local to them.
      return PROCESS_SKIP;
    }

    @Override
    public int visit(IASTParameterDeclaration parameter) {
      return PROCESS_SKIP;
    }

    @Override
    public int visit(ICPPASTTemplateParameter parameter) {
      return PROCESS_SKIP;
    }

    @Override
    public int visit(IASTDeclaration declaration) {
      if (declaration instanceof ICPPASTUsingDirective && !insideFunction(declaration)) {
        reachesUnnamed = true;
      } else if (declaration instanceof ICPPASTUsingDeclaration using) {
        add(using.getName());
      } else if (declaration instanceof ICPPASTNamespaceAlias alias) {
        add(alias.getAlias());
      }
      return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTName name) {
      if (name instanceof ICPPASTQualifiedName) {
        return PROCESS_CONTINUE;
      }
      IASTNode parent = name.getParent();
      if (parent instanceof ICPPASTNamespaceDefinition) {
        return PROCESS_CONTINUE;
      }
      if ((name instanceof ICPPASTOperatorName || name instanceof ICPPASTConversionName)
          && name.isDeclaration() && !insideClass(name)) {
        reachesUnnamed = true;
      }
      if (name.isDeclaration() && !memberOfNamedClass(name) && !scopedEnumerator(name)) {
        add(name);
      }
      return PROCESS_CONTINUE;
    }
  }

  private void add(IASTName name) {
    if (name == null) {
      return;
    }
    IASTName last = name instanceof ICPPASTQualifiedName qualified ? qualified.getLastName() : name;
    if (last instanceof ICPPASTTemplateId template) {
      last = template.getTemplateName();
    }
    if (last == null) {
      return;
    }
    String text = last.toString();
    if (!text.isEmpty()) {
      declared.add(text.startsWith("~") ? text.substring(1) : text);
    }
  }

  /**
   * A data member, member function or member typedef of a named class: code reaches it only through
   * the class (an object of it, its name, or its own member functions), so the class's name stands
   * for it. A class without a name counts as named when its declaration names something of its
   * type ({@code typedef struct {...} name_t;}); members of a bare anonymous struct or union are
   * visible in the enclosing scope and count as declared there.
   */
  private static boolean memberOfNamedClass(IASTName name) {
    IASTNode up = name.getParent();
    while (up instanceof IASTName) {
      up = up.getParent();
    }
    if (!(up instanceof IASTDeclarator)) {
      return false;
    }
    while (up instanceof IASTDeclarator) {
      up = up.getParent();
    }
    if (!(up instanceof IASTSimpleDeclaration || up instanceof IASTFunctionDefinition)) {
      return false;
    }
    IASTNode owner = up.getParent();
    if (owner instanceof ICPPASTTemplateDeclaration) {
      owner = owner.getParent();
    }
    return owner instanceof IASTCompositeTypeSpecifier type && (!type.getName().toString().isEmpty()
        || type.getParent() instanceof IASTSimpleDeclaration typed && typed.getDeclarators().length > 0);
  }

  /** An enumerator of a scoped enum ({@code enum class}): reached only through the enum's name. */
  private static boolean scopedEnumerator(IASTName name) {
    return name.getParent() instanceof IASTEnumerationSpecifier.IASTEnumerator enumerator
        && enumerator.getParent() instanceof ICPPASTEnumerationSpecifier enumeration && enumeration.isScoped();
  }

  private static boolean insideClass(IASTNode node) {
    for (IASTNode up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof IASTCompositeTypeSpecifier) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideFunction(IASTNode node) {
    for (IASTNode up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof IASTFunctionDefinition) {
        return true;
      }
    }
    return false;
  }
}
