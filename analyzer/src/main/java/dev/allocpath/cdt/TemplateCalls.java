package dev.allocpath.cdt;

import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpressionList;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTBinaryExpression;

/**
 * Recovers calls of templates the parser has never seen declared. Without the standard headers
 * {@code std::make_shared<Foo>(a, b)} is read as the comparison {@code (std::make_shared < Foo) >
 * (a, b)}; this class recognises that shape and reads it back as a call. (With empty parentheses
 * CDT already reads a template call, and unqualified unknown names are taken as templates.) A
 * real comparison of that exact shape, {@code a < b > (c)}, would be misread; it is rare enough.
 */
final class TemplateCalls {
  private TemplateCalls() {}

  /** The parts of a recovered call {@code name<argument>(arguments)}. */
  record Recovered(IASTIdExpression callee, IASTExpression templateArgument, List<IASTExpression> arguments) {}

  /** The recovered call, or null when the expression is not that shape (or not C++). */
  static Recovered recover(IASTBinaryExpression expression) {
    if (!(expression instanceof ICPPASTBinaryExpression)
        || expression.getOperator() != IASTBinaryExpression.op_greaterThan
        || !(expression.getOperand1() instanceof IASTBinaryExpression less)
        || less.getOperator() != IASTBinaryExpression.op_lessThan
        || !(less.getOperand1() instanceof IASTIdExpression callee)
        || !(expression.getOperand2() instanceof IASTUnaryExpression parentheses)
        || parentheses.getOperator() != IASTUnaryExpression.op_bracketedPrimary) {
      return null;
    }
    IASTExpression inner = parentheses.getOperand();
    List<IASTExpression> arguments =
        inner instanceof IASTExpressionList list ? List.of(list.getExpressions()) : List.of(inner);
    return new Recovered(callee, less.getOperand2(), arguments);
  }
}
