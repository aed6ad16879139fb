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
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTUsingDeclaration;

/**
 * {@code typedef}s (one fact per declarator), {@code using X = ...} aliases (templates included)
 * and using-declarations ({@code using std::mutex;}), which make the short name mean the named
 * type in the enclosing scope just like an alias would.
 */
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
    } else if (declaration instanceof ICPPASTUsingDeclaration using && using.getName() != null) {
      IASTName last = using.getName().getLastName();
      String qualified = using.getName().toString().replace(" ", "");
      if (last != null && qualified.contains("::") && !last.toString().isEmpty()) {
        add(context, last, dev.allocpath.facts.TypeRef.of(qualified.startsWith("::") ? qualified.substring(2) : qualified),
            List.of());
      }
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
