package dev.allocpath.cdt;

import dev.allocpath.facts.VariableFact.Storage;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IField;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName;

/**
 * Names variables declared outside functions and classes. {@code std::map<int,int> A::table;}
 * defines a static member: its qualified name comes from CDT's binding ({@code ns::A::table});
 * an unresolvable qualified name is taken as a static member definition, the common case in
 * {@code .cpp} files.
 */
final class NamespaceVariables {
  private NamespaceVariables() {}

  record Described(Storage storage, String qualifiedName) {}

  static Described describe(IASTDeclSpecifier specifier, IASTName name, WalkContext context) {
    Storage plain = Declarations.isThreadLocal(specifier) ? Storage.THREAD_LOCAL : Storage.NAMESPACE;
    if (!(name instanceof ICPPASTQualifiedName)) {
      return new Described(plain, context.qualify(name.toString()));
    }
    IBinding binding = name.resolveBinding();
    String written = context.qualify(Names.withoutTemplateArguments(name.toString()));
    if (binding instanceof IVariable && !(binding instanceof IProblemBinding)) {
      String qualified = Names.qualified(binding);
      return new Described(
          binding instanceof IField ? Storage.STATIC_MEMBER_DEFINITION : plain,
          qualified == null || qualified.isEmpty() ? written : qualified);
    }
    return new Described(Storage.STATIC_MEMBER_DEFINITION, written);
  }
}
