package dev.allocpath.cdt;

import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPFunction;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPMethod;

/** Names a function definition: {@code rtc::impl::Init::doInit}, owner {@code rtc::impl::Init}. */
final class FunctionNames {
  private FunctionNames() {}

  /** A function definition's names; {@code ownerClass} is empty for free functions. */
  record FunctionInfo(String qualifiedName, String name, String ownerClass) {}

  /**
   * In-class definitions take the enclosing scopes. Out-of-line definitions ({@code void A::f()})
   * are resolved through CDT's binding so that {@code using namespace} and enclosing namespaces
   * give the real owner; when the binding cannot be resolved, the written qualifier is appended
   * to the enclosing scope and taken as the owner class.
   */
  static FunctionInfo describe(IASTFunctionDefinition definition, WalkContext context) {
    IASTName name = Names.nameOf(definition.getDeclarator());
    String simple = Names.withoutTemplateArguments(Names.simple(name));
    if (name instanceof ICPPASTQualifiedName) {
      String written = Names.withoutTemplateArguments(name.toString());
      String knownOwner = KnownClasses.find(Names.qualifier(written), context);
      if (knownOwner != null) {
        return new FunctionInfo(knownOwner + "::" + simple, simple, knownOwner);
      }
      IBinding binding = name.resolveBinding();
      if (binding instanceof ICPPFunction && !(binding instanceof IProblemBinding)) {
        String qualified = Names.qualified(binding);
        String owner =
            binding instanceof ICPPMethod method ? nullToEmpty(Names.qualified(method.getClassOwner())) : "";
        if (qualified != null && !qualified.isEmpty()) {
          return new FunctionInfo(qualified, simple, owner);
        }
      }
      String qualified = context.qualify(written);
      return new FunctionInfo(qualified, simple, Names.qualifier(qualified));
    }
    String owner = context.classBody();
    if (owner == null || isFriend(definition.getDeclSpecifier())) {
      owner = "";
    }
    return new FunctionInfo(context.qualify(simple), simple, owner);
  }

  private static boolean isFriend(IASTDeclSpecifier specifier) {
    return specifier instanceof ICPPASTDeclSpecifier cpp && cpp.isFriend();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
