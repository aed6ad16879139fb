package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.AssignmentFact.Kind;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.StorageKey;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTEqualsInitializer;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTConstructorChainInitializer;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTRangeBasedForStatement;

/** Values flowing into storage: see {@link AssignmentFact} for the kinds. */
final class AssignmentCollector implements FactCollector {

  @Override
  public String name() {
    return "assignment";
  }

  @Override
  public void expression(IASTExpression expression, WalkContext context) {
    if (!(expression instanceof IASTBinaryExpression binary)
        || binary.getOperator() != IASTBinaryExpression.op_assign) {
      return;
    }
    String target = StorageKeys.of(binary.getOperand1(), context);
    IASTInitializerClause value = binary.getInitOperand2();
    if (target != null && value != null) {
      add(context, target, Kind.ASSIGN, value, context.locations().of(binary));
    }
  }

  @Override
  public void declaration(IASTDeclaration declaration, WalkContext context) {
    if (declaration instanceof IASTSimpleDeclaration simple) {
      IASTDeclSpecifier specifier = simple.getDeclSpecifier();
      if (Declarations.isTypedef(specifier) || Declarations.isFriend(specifier)) {
        return;
      }
      for (IASTDeclarator declarator : simple.getDeclarators()) {
        if (declarator.getInitializer() != null && !Declarations.declaresFunction(declarator)) {
          initialized(specifier, declarator, context);
        }
      }
    } else if (declaration instanceof ICPPASTFunctionDefinition definition) {
      for (ICPPASTConstructorChainInitializer initializer : definition.getMemberInitializers()) {
        memberInitializer(initializer, context);
      }
    }
  }

  @Override
  public void statement(IASTStatement statement, WalkContext context) {
    if (!(statement instanceof ICPPASTRangeBasedForStatement loop)
        || !(loop.getDeclaration() instanceof IASTSimpleDeclaration variable)
        || variable.getDeclarators().length != 1
        || !(loop.getInitializerClause() instanceof IASTExpression range)) {
      return;
    }
    IASTName name = Names.nameOf(variable.getDeclarators()[0]);
    String target = declaredKey(variable.getDeclSpecifier(), name, context);
    if (target == null) {
      return;
    }
    String elements = StorageKeys.of(range, context);
    context.sink().assignments.add(new AssignmentFact(
        target, Kind.RANGE_FOR, NodeText.of(range),
        elements == null ? null : StorageKey.element(elements),
        CallFactory.valueCall(range, context), context.locations().of(name), context.function()));
  }

  private static void initialized(IASTDeclSpecifier specifier, IASTDeclarator declarator, WalkContext context) {
    IASTName name = Names.nameOf(declarator);
    String target = declaredKey(specifier, name, context);
    SourceLocation location = context.locations().of(name);
    if (target == null || location == null) {
      return;
    }
    IASTInitializer initializer = declarator.getInitializer();
    if (initializer instanceof IASTEqualsInitializer equals) {
      add(context, target, Kind.INITIALIZE, equals.getInitializerClause(), location);
      return;
    }
    List<IASTInitializerClause> arguments = CallFactory.initializerArguments(initializer);
    CallFact construction = CallFactory.ofDeclarator(specifier, declarator, context);
    if (construction == null && arguments.size() == 1) {
      add(context, target, Kind.INITIALIZE, arguments.get(0), location);
      return;
    }
    context.sink().assignments.add(new AssignmentFact(
        target, Kind.INITIALIZE, NodeText.of(initializer), singleStorage(arguments, context),
        construction, location, context.function()));
  }

  private static void memberInitializer(ICPPASTConstructorChainInitializer initializer, WalkContext context) {
    if (!CallFactory.initializesMember(initializer, context)) {
      return;
    }
    IASTName name = initializer.getMemberInitializerId();
    String owner = context.functionOwner();
    String target = StorageKey.field(owner.isEmpty() ? "?" : owner, Names.simple(name));
    List<IASTInitializerClause> arguments = CallFactory.initializerArguments(initializer.getInitializer());
    CallFact construction = CallFactory.ofMemberInitializer(initializer, context);
    SourceLocation location = context.locations().of(initializer);
    if (location == null) {
      return;
    }
    if (construction == null && arguments.size() == 1) {
      add(context, target, Kind.MEMBER_INIT, arguments.get(0), location);
      return;
    }
    context.sink().assignments.add(new AssignmentFact(
        target, Kind.MEMBER_INIT, NodeText.of(initializer.getInitializer()),
        singleStorage(arguments, context), construction, location, context.function()));
  }

  /**
   * The key of a variable being declared here: a local (already recorded by the walk), a
   * member with a default initializer, or a namespace-scope variable.
   */
  private static String declaredKey(IASTDeclSpecifier specifier, IASTName name, WalkContext context) {
    String simple = Names.simple(name);
    if (simple.isEmpty()) {
      return null;
    }
    if (context.inFunction()) {
      WalkContext.Local local = context.local(simple);
      return local != null ? local.key() : StorageKey.local(context.function(), simple);
    }
    String owner = context.classBody();
    if (owner != null) {
      return Declarations.isStatic(specifier)
          ? StorageKey.global(owner + "::" + simple)
          : StorageKey.field(owner, simple);
    }
    return StorageKey.global(NamespaceVariables.describe(specifier, name, context).qualifiedName());
  }

  private static void add(
      WalkContext context, String target, Kind kind, IASTInitializerClause value, SourceLocation location) {
    if (location == null) {
      return;
    }
    context.sink().assignments.add(new AssignmentFact(
        target, kind, NodeText.of(value), StorageKeys.of(value, context),
        CallFactory.valueCall(value, context), location, context.function()));
  }

  private static String singleStorage(List<IASTInitializerClause> arguments, WalkContext context) {
    return arguments.size() == 1 ? StorageKeys.of(arguments.get(0), context) : null;
  }
}
