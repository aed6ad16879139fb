package dev.allocpath.cdt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTBreakStatement;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTContinueStatement;
import org.eclipse.cdt.core.dom.ast.IASTDeclarationStatement;
import org.eclipse.cdt.core.dom.ast.IASTDoStatement;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpressionStatement;
import org.eclipse.cdt.core.dom.ast.IASTForStatement;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTGotoStatement;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNullStatement;
import org.eclipse.cdt.core.dom.ast.IASTReturnStatement;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTSwitchStatement;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTWhileStatement;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTRangeBasedForStatement;

/**
 * What a function body says about how the function ends: the calls it returns directly (an
 * allocation wrapper returns its allocator's block), and whether it never returns (a thread
 * body that loops forever). Only statements are walked: lambdas inside expressions are their own
 * functions and are not entered.
 */
final class FunctionBodies {
  /** @param returnedCalls callee names of directly returned calls; @param endless see FunctionFact */
  record Shape(List<String> returnedCalls, boolean endless) {}

  /** Bodies with more statements than this are not read (generated code). */
  private static final int MAX_STATEMENTS = 20_000;

  private FunctionBodies() {}

  /** Only a loop directly in the body counts: one inside an {@code if} may be skipped. */
  static Shape of(IASTStatement body) {
    if (body == null) {
      return new Shape(List.of(), false);
    }
    List<String> returned = new ArrayList<>();
    boolean[] anyReturn = {false};
    boolean endlessLoop = false;
    // Statements only: expressions (a lambda's body among them) are never entered, so a huge
    // expression costs nothing here.
    Deque<IASTStatement> work = new ArrayDeque<>();
    work.push(body);
    int visited = 0;
    while (!work.isEmpty() && visited++ < MAX_STATEMENTS) {
      IASTStatement statement = work.pop();
      if (statement instanceof IASTReturnStatement r) {
        anyReturn[0] = true;
        String callee = calleeOf(r.getReturnArgument() instanceof IASTExpression e ? e : null);
        if (callee != null) {
          returned.add(callee);
        }
      } else if (statement.getParent() == body && isEndless(statement) && !leaves(loopBody(statement))) {
        endlessLoop = true;
      }
      if (holdsNoStatement(statement)) {
        continue;
      }
      IASTNode[] children = statement.getChildren();
      for (int i = children.length - 1; i >= 0; i--) { // pushed backwards: popped in source order
        if (children[i] instanceof IASTStatement inner) {
          work.push(inner);
        }
      }
    }
    if (visited > MAX_STATEMENTS) {
      return new Shape(List.of(), false); // too large to say; nothing is claimed
    }
    return new Shape(returned, endlessLoop && !anyReturn[0]);
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
    return body != null && leaves(body, 0, new int[] {0});
  }

  private static boolean leaves(IASTStatement statement, int nested, int[] visited) {
    if (++visited[0] > MAX_STATEMENTS) {
      return true; // too large to read: assume it can be left
    }
    if (statement instanceof IASTReturnStatement || statement instanceof IASTGotoStatement
        || (statement instanceof IASTBreakStatement && nested == 0)) {
      return true;
    }
    if (holdsNoStatement(statement)) {
      return false;
    }
    int inner = breakable(statement) ? nested + 1 : nested;
    for (IASTNode child : statement.getChildren()) {
      if (child instanceof IASTStatement s && leaves(s, inner, visited)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Statements whose children are expressions or declarations only, never statements: most of a
   * body. CDT's {@code getChildren()} walks a node to list its children, which is not worth it for
   * these (a GNU statement expression is an expression, not entered here either way).
   */
  private static boolean holdsNoStatement(IASTStatement statement) {
    return statement instanceof IASTExpressionStatement || statement instanceof IASTDeclarationStatement
        || statement instanceof IASTReturnStatement || statement instanceof IASTBreakStatement
        || statement instanceof IASTContinueStatement || statement instanceof IASTGotoStatement
        || statement instanceof IASTNullStatement;
  }

  private static boolean breakable(IASTStatement statement) {
    return statement instanceof IASTForStatement || statement instanceof IASTWhileStatement
        || statement instanceof IASTDoStatement || statement instanceof IASTSwitchStatement
        || statement instanceof ICPPASTRangeBasedForStatement;
  }
}
