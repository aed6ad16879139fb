package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCompositeTypeSpecifier.ICPPASTBaseSpecifier;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTCompositeTypeSpecifier;

/**
 * Class, struct and union definitions with their data members: one {@link MemberFact} per
 * declarator ({@code std::mutex a, b;} gives two). Methods, typedefs, friends and nested type
 * definitions without a declarator are not members. Members of an anonymous struct or union
 * that has no declarator are not lifted into the enclosing class.
 */
final class ClassCollector implements FactCollector {

  @Override
  public String name() {
    return "class";
  }

  @Override
  public void compositeType(IASTCompositeTypeSpecifier type, WalkContext context) {
    SourceLocation location = ClassNames.location(type, context.locations());
    if (location == null) {
      return;
    }
    String qualifiedName = context.classBody();
    List<String> templateParameters =
        type.getParent() instanceof IASTDeclaration declaration
            ? TemplateParameters.of(declaration)
            : List.of();
    context.sink().addClass(new ClassFact(
        qualifiedName,
        ClassNames.name(type, context.locations()),
        ClassNames.keyword(type),
        bases(type),
        templateParameters,
        members(type, context),
        location));
  }

  private static List<String> bases(IASTCompositeTypeSpecifier type) {
    if (!(type instanceof ICPPASTCompositeTypeSpecifier cpp)) {
      return List.of();
    }
    List<String> bases = new ArrayList<>();
    for (ICPPASTBaseSpecifier base : cpp.getBaseSpecifiers()) {
      if (base.getNameSpecifier() != null) {
        bases.add(Spelling.type(base.getNameSpecifier().toString()));
      }
    }
    return bases;
  }

  private static List<MemberFact> members(IASTCompositeTypeSpecifier type, WalkContext context) {
    List<MemberFact> members = new ArrayList<>();
    for (IASTDeclaration declaration : type.getDeclarations(true)) {
      if (!declaration.isActive() || !(declaration instanceof IASTSimpleDeclaration simple)) {
        continue;
      }
      IASTDeclSpecifier specifier = simple.getDeclSpecifier();
      if (Declarations.isTypedef(specifier) || Declarations.isFriend(specifier)) {
        continue;
      }
      for (IASTDeclarator declarator : simple.getDeclarators()) {
        IASTName name = Names.nameOf(declarator);
        if (Declarations.declaresFunction(declarator) || name.toString().isEmpty()) {
          continue;
        }
        SourceLocation location = context.locations().of(name);
        if (location == null) {
          continue;
        }
        members.add(new MemberFact(
            name.toString(),
            TypeSpelling.typeRef(specifier, declarator, context),
            Declarations.isStatic(specifier),
            location));
      }
    }
    return members;
  }
}
