package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.FunctionFact;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.ASTSignatureUtil;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;

/**
 * Function definitions (with a body), {@code operator new} and {@code operator new[]} included.
 * Parameter types are rendered from the AST ({@code pthread_t *}, {@code void *(*)(void *)}).
 */
final class FunctionCollector implements FactCollector {

  @Override
  public String name() {
    return "function";
  }

  @Override
  public void declaration(IASTDeclaration declaration, WalkContext context) {
    if (!(declaration instanceof IASTFunctionDefinition definition)) {
      return;
    }
    IASTFunctionDeclarator declarator = definition.getDeclarator();
    IASTName name = Names.nameOf(declarator);
    SourceLocation location = context.locations().of(name);
    if (location == null) {
      return;
    }
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (IASTParameterDeclaration parameter : parameters(declarator)) {
      names.add(Names.nameOf(parameter.getDeclarator()).toString());
      types.add(parameterType(parameter));
    }
    if (names.size() == 1 && names.get(0).isEmpty() && types.get(0).equals("void")) {
      names.clear();
      types.clear();
    }
    FunctionBodies.Shape shape = FunctionBodies.of(definition.getBody());
    context.sink().functions.add(new FunctionFact(
        context.function(),
        Names.withoutTemplateArguments(Names.simple(name)),
        context.functionOwner(),
        names,
        types,
        location,
        shape.returnedCalls(),
        shape.endless()));
  }

  static IASTParameterDeclaration[] parameters(IASTFunctionDeclarator declarator) {
    return declarator instanceof IASTStandardFunctionDeclarator standard
        ? standard.getParameters()
        : new IASTParameterDeclaration[0];
  }

  private static String parameterType(IASTParameterDeclaration parameter) {
    try {
      // The declarator's signature includes its declaration specifier: "const char *".
      return Spelling.type(ASTSignatureUtil.getSignature(parameter.getDeclarator()));
    } catch (RuntimeException e) {
      return Spelling.type(parameter.getRawSignature());
    }
  }
}
