package dev.allocpath.cdt;

import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.internal.core.dom.parser.ValueFactory;

/**
 * Folds a call argument to an integer constant with CDT's own evaluator (literals, enumerators,
 * constants, arithmetic, {@code sizeof} with the target's builtin sizes), so that rules can read
 * an allocation's size. Arguments that cannot be constant (calls, string literals) are not tried.
 */
final class ConstantValues {
  /** Sizes beyond this are not sizes of anything on the target; they are left unfolded. */
  private static final long LIMIT = 1L << 40;

  private ConstantValues() {}

  static Long of(IASTInitializerClause clause) {
    if (!(clause instanceof IASTExpression expression) || clause instanceof IASTFunctionCallExpression) {
      return null;
    }
    if (expression instanceof IASTLiteralExpression literal
        && literal.getKind() == IASTLiteralExpression.lk_string_literal) {
      return null;
    }
    try {
      Number value = ValueFactory.getConstantNumericalValue(expression);
      if (value == null || value instanceof Double || value instanceof Float) {
        return null;
      }
      long folded = value.longValue();
      return Math.abs(folded) > LIMIT ? null : folded;
    } catch (RuntimeException | StackOverflowError e) {
      // CDT's evaluator on unresolved code can fail; an unknown value is the honest answer.
      return null;
    }
  }
}
