package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.TypeRef;
import dev.allocpath.facts.VariableFact.Storage;
import dev.allocpath.facts.VariableFact;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTEqualsInitializer;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTLambdaExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTStructuredBindingDeclaration;

/**
 * Variables that are not class members: namespace scope, out-of-class static member definitions,
 * function-local (static, {@code thread_local}, automatic) and parameters of function
 * definitions and lambdas.
 */
final class VariableCollector implements FactCollector {

  @Override
  public String name() {
    return "variable";
  }

  @Override
  public void declaration(IASTDeclaration declaration, WalkContext context) {
    if (declaration instanceof IASTFunctionDefinition definition) {
      parameters(definition.getDeclarator(), context);
      return;
    }
    if (!(declaration instanceof IASTSimpleDeclaration simple) || context.classBody() != null) {
      return;
    }
    IASTDeclSpecifier specifier = simple.getDeclSpecifier();
    if (Declarations.isTypedef(specifier) || Declarations.isFriend(specifier)) {
      return;
    }
    if (simple instanceof ICPPASTStructuredBindingDeclaration binding) {
      structuredBinding(binding, context);
      return;
    }
    for (IASTDeclarator declarator : simple.getDeclarators()) {
      if (!Declarations.declaresFunction(declarator)) {
        variable(specifier, declarator, context);
      }
    }
  }

  @Override
  public void expression(IASTExpression expression, WalkContext context) {
    if (expression instanceof ICPPASTLambdaExpression lambda && lambda.getDeclarator() != null) {
      parameters(lambda.getDeclarator(), context);
    }
  }

  private static void variable(IASTDeclSpecifier specifier, IASTDeclarator declarator, WalkContext context) {
    IASTName name = Names.nameOf(declarator);
    String simple = Names.simple(name);
    SourceLocation location = context.locations().of(name);
    if (simple.isEmpty() || location == null) {
      return;
    }
    Storage storage;
    String qualifiedName;
    String function = context.function();
    if (context.inFunction()) {
      storage = Declarations.localStorage(specifier);
      qualifiedName = Declarations.localQualifiedName(storage, function, simple);
    } else {
      NamespaceVariables.Described described = NamespaceVariables.describe(specifier, name, context);
      storage = described.storage();
      qualifiedName = described.qualifiedName();
      function = "";
    }
    context.sink().variables.add(new VariableFact(
        qualifiedName,
        simple,
        TypeSpelling.typeRef(specifier, declarator, context),
        storage,
        Declarations.isConst(specifier),
        Declarations.isExtern(specifier),
        initializerText(declarator.getInitializer()),
        function,
        location,
        Declarations.section(specifier, declarator)));
  }

  /** {@code auto [a, b] = pair;}: one variable per name, typed as written ({@code auto}). */
  private static void structuredBinding(ICPPASTStructuredBindingDeclaration binding, WalkContext context) {
    IASTDeclSpecifier specifier = binding.getDeclSpecifier();
    boolean inFunction = context.inFunction();
    Storage storage = inFunction ? Declarations.localStorage(specifier) : Storage.NAMESPACE;
    String function = inFunction ? context.function() : "";
    for (IASTName name : binding.getNames()) {
      SourceLocation location = context.locations().of(name);
      if (location == null) {
        continue;
      }
      String simple = name.toString();
      context.sink().variables.add(new VariableFact(
          inFunction ? Declarations.localQualifiedName(storage, function, simple) : context.qualify(simple),
          simple,
          new TypeRef(TypeSpelling.spelled(specifier, context), binding.getRefQualifier() != null, List.of()),
          storage,
          Declarations.isConst(specifier),
          false,
          initializerText(binding.getInitializer()),
          function,
          location));
    }
  }

  private static void parameters(IASTFunctionDeclarator declarator, WalkContext context) {
    for (IASTParameterDeclaration parameter : FunctionCollector.parameters(declarator)) {
      IASTName name = Names.nameOf(parameter.getDeclarator());
      SourceLocation location = context.locations().of(name);
      if (name.toString().isEmpty() || location == null) {
        continue;
      }
      context.sink().variables.add(new VariableFact(
          name.toString(),
          name.toString(),
          TypeSpelling.typeRef(parameter.getDeclSpecifier(), parameter.getDeclarator(), context),
          Storage.PARAMETER,
          Declarations.isConst(parameter.getDeclSpecifier()),
          false,
          initializerText(parameter.getDeclarator().getInitializer()),
          context.function(),
          location));
    }
  }

  /** {@code = x} gives {@code x}; {@code (a, b)} and {@code {a, b}} give {@code a, b}. */
  static String initializerText(IASTInitializer initializer) {
    if (initializer == null) {
      return null;
    }
    if (initializer instanceof IASTEqualsInitializer equals) {
      return NodeText.of(equals.getInitializerClause());
    }
    List<String> parts =
        CallFactory.initializerArguments(initializer).stream().map(NodeText::of).collect(Collectors.toList());
    return CallFactory.isDirectInitializer(initializer) ? String.join(", ", parts) : NodeText.of(initializer);
  }
}
