package dev.allocpath.cdt;

import dev.allocpath.facts.CallFact;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTConstructorChainInitializer;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTFunctionDefinition;

/**
 * Calls and constructions (see {@link CallFactory} for the shapes), including calls in header
 * code and at namespace scope (initializers of globals).
 */
final class CallCollector implements FactCollector {

  @Override
  public String name() {
    return "call";
  }

  @Override
  public void expression(IASTExpression expression, WalkContext context) {
    add(CallFactory.ofExpression(expression, context), context);
  }

  @Override
  public void declaration(IASTDeclaration declaration, WalkContext context) {
    if (declaration instanceof IASTSimpleDeclaration simple
        && !Declarations.isTypedef(simple.getDeclSpecifier())) {
      for (IASTDeclarator declarator : simple.getDeclarators()) {
        add(CallFactory.ofDeclarator(simple.getDeclSpecifier(), declarator, context), context);
      }
    } else if (declaration instanceof ICPPASTFunctionDefinition definition) {
      for (ICPPASTConstructorChainInitializer initializer : definition.getMemberInitializers()) {
        add(CallFactory.ofMemberInitializer(initializer, context), context);
      }
    }
  }

  private static void add(CallFact call, WalkContext context) {
    if (call != null && call.location() != null) {
      context.sink().calls.add(call);
    }
  }
}
