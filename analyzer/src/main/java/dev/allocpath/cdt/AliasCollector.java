package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeRef;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTAliasDeclaration;

/** {@code typedef}s (one fact per declarator) and {@code using X = ...} aliases, templates included. */
final class AliasCollector implements FactCollector {

  @Override
  public String name() {
    return "alias";
  }

  @Override
  public void declaration(IASTDeclaration declaration, WalkContext context) {
    if (declaration instanceof IASTSimpleDeclaration simple
        && Declarations.isTypedef(simple.getDeclSpecifier())) {
      for (IASTDeclarator declarator : simple.getDeclarators()) {
        IASTName name = Names.nameOf(declarator);
        add(context, name, TypeSpelling.typeRef(simple.getDeclSpecifier(), declarator, context), List.of());
      }
    } else if (declaration instanceof ICPPASTAliasDeclaration alias && alias.getMappingTypeId() != null) {
      add(context, alias.getAlias(), TypeSpelling.typeRef(alias.getMappingTypeId(), context),
          TemplateParameters.of(alias));
    }
  }

  private static void add(
      WalkContext context, IASTName name, TypeRef target, List<String> parameters) {
    String simple = name.toString();
    SourceLocation location = context.locations().of(name);
    if (simple.isEmpty() || location == null) {
      return;
    }
    context.sink().aliases.add(
        new TypeAliasFact(context.qualify(simple), simple, target, parameters, location));
  }
}
