package dev.allocpath.cdt;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTBreakStatement;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTDoStatement;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTForStatement;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTGotoStatement;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTReturnStatement;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTSwitchStatement;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTWhileStatement;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTLambdaExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTRangeBasedForStatement;

/**
 * What a function body says about how the function ends: the calls it returns directly (an
 * allocation wrapper returns its allocator's block), and whether it never returns (a thread
 * body that loops forever). Lambdas inside the body are their own functions and are skipped.
 */
final class FunctionBodies {
  /** @param returnedCalls callee names of directly returned calls; @param endless see FunctionFact */
  record Shape(List<String> returnedCalls, boolean endless) {}

  private FunctionBodies() {}

  /** Only a loop directly in the body counts: one inside an {@code if} may be skipped. */
  static Shape of(IASTStatement body) {
    if (body == null) {
      return new Shape(List.of(), false);
    }
    List<String> returned = new ArrayList<>();
    boolean[] anyReturn = {false};
    boolean[] endlessLoop = {false};
    body.accept(new ASTVisitor(true) {
      {
        shouldVisitStatements = true;
        shouldVisitExpressions = true;
      }

      @Override
      public int visit(IASTExpression expression) {
        return expression instanceof ICPPASTLambdaExpression ? PROCESS_SKIP : PROCESS_CONTINUE;
      }

      @Override
      public int visit(IASTStatement statement) {
        if (statement instanceof IASTReturnStatement r) {
          anyReturn[0] = true;
          String callee = calleeOf(r.getReturnArgument() instanceof IASTExpression e ? e : null);
          if (callee != null) {
            returned.add(callee);
          }
        } else if (statement.getParent() == body && isEndless(statement) && !leaves(loopBody(statement))) {
          endlessLoop[0] = true;
        }
        return PROCESS_CONTINUE;
      }
    });
    return new Shape(returned, endlessLoop[0] && !anyReturn[0]);
  }

  /** The name of the function a (cast, parenthesised) call expression calls, or null. */
  private static String calleeOf(IASTExpression expression) {
    IASTExpression current = expression;
    while (true) {
      if (current instanceof IASTCastExpression cast) {
        current = cast.getOperand();
      } else if (current instanceof IASTUnaryExpression unary
          && unary.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
        current = unary.getOperand();
      } else {
        break;
      }
    }
    if (current instanceof IASTFunctionCallExpression call
        && call.getFunctionNameExpression() instanceof IASTIdExpression id) {
      String name = id.getName().getLastName().toString();
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  private static boolean isEndless(IASTStatement statement) {
    if (statement instanceof IASTForStatement loop) {
      return loop.getConditionExpression() == null || alwaysTrue(loop.getConditionExpression());
    }
    if (statement instanceof IASTWhileStatement loop) {
      return alwaysTrue(loop.getCondition());
    }
    if (statement instanceof IASTDoStatement loop) {
      return alwaysTrue(loop.getCondition());
    }
    return false;
  }

  private static IASTStatement loopBody(IASTStatement loop) {
    if (loop instanceof IASTForStatement f) {
      return f.getBody();
    }
    if (loop instanceof IASTWhileStatement w) {
      return w.getBody();
    }
    return ((IASTDoStatement) loop).getBody();
  }

  /** {@code 1}, {@code true}, or a constant the parser folds to non-zero. */
  private static boolean alwaysTrue(IASTExpression condition) {
    if (condition == null) {
      return false;
    }
    if (condition instanceof IASTLiteralExpression literal
        && literal.getKind() == IASTLiteralExpression.lk_true) {
      return true;
    }
    Long value = ConstantValues.of(condition);
    return value != null && value != 0;
  }

  /**
   * Whether a {@code break} that belongs to this loop, a {@code goto} or a {@code return} sits in
   * its body (a {@code break} of a nested loop or switch leaves only that one).
   */
  private static boolean leaves(IASTStatement body) {
    if (body == null) {
      return false;
    }
    boolean[] found = {false};
    body.accept(new ASTVisitor(true) {
      {
        shouldVisitStatements = true;
        shouldVisitExpressions = true;
      }

      private int nested;

      @Override
      public int visit(IASTExpression expression) {
        return expression instanceof ICPPASTLambdaExpression ? PROCESS_SKIP : PROCESS_CONTINUE;
      }

      @Override
      public int visit(IASTStatement statement) {
        if (statement instanceof IASTReturnStatement || statement instanceof IASTGotoStatement
            || (statement instanceof IASTBreakStatement && nested == 0)) {
          found[0] = true;
          return PROCESS_ABORT;
        }
        if (breakable(statement)) {
          nested++;
        }
        return PROCESS_CONTINUE;
      }

      @Override
      public int leave(IASTStatement statement) {
        if (breakable(statement)) {
          nested--;
        }
        return PROCESS_CONTINUE;
      }
    });
    return found[0];
  }

  private static boolean breakable(IASTStatement statement) {
    return statement instanceof IASTForStatement || statement instanceof IASTWhileStatement
        || statement instanceof IASTDoStatement || statement instanceof IASTSwitchStatement
        || statement instanceof ICPPASTRangeBasedForStatement;
  }
}
