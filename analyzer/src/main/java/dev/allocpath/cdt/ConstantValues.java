package dev.allocpath.cdt;

import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTTypeIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IBasicType;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IEnumeration;
import org.eclipse.cdt.core.dom.ast.IEnumerator;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.IQualifierType;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.ITypedef;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.eclipse.cdt.internal.core.dom.parser.ValueFactory;

/**
 * Folds a call argument to an integer constant with CDT's own evaluator (literals, enumerators,
 * constants, arithmetic, {@code sizeof} with the target's builtin sizes), so that rules can read
 * an allocation's size. Arguments that cannot be constant (calls, string literals) are not tried.
 */
final class ConstantValues {
  /** Sizes beyond this are not sizes of anything on the target; they are left unfolded. */
  private static final long LIMIT = 1L << 40;

  /** Larger expressions are not sizes anyone writes; they are not worth evaluating. */
  private static final int MAX_NODES = 40;

  private ConstantValues() {}

  /**
   * Whether the expression is built only from what a constant can be made of: literals (not
   * strings), names, arithmetic, casts and {@code sizeof}. Checked on the syntax alone, before
   * CDT evaluates anything: evaluating C++ calls, member accesses or lambdas resolves types and
   * templates and can take seconds in a large unit.
   */
  private static boolean foldable(IASTExpression expression, int[] nodes) {
    if (++nodes[0] > MAX_NODES) {
      return false;
    }
    if (expression instanceof IASTLiteralExpression literal) {
      return literal.getKind() != IASTLiteralExpression.lk_string_literal;
    }
    if (expression instanceof IASTIdExpression id) {
      return constantName(id);
    }
    if (expression instanceof IASTTypeIdExpression typeId) {
      return typeId.getOperator() == IASTTypeIdExpression.op_sizeof;
    }
    if (expression instanceof IASTCastExpression cast) {
      return foldable(cast.getOperand(), nodes);
    }
    if (expression instanceof IASTUnaryExpression unary) {
      int op = unary.getOperator();
      boolean allowed = op == IASTUnaryExpression.op_minus || op == IASTUnaryExpression.op_plus
          || op == IASTUnaryExpression.op_tilde || op == IASTUnaryExpression.op_not
          || op == IASTUnaryExpression.op_bracketedPrimary || op == IASTUnaryExpression.op_sizeof;
      return allowed && unary.getOperand() != null && (op == IASTUnaryExpression.op_sizeof
          ? unary.getOperand() instanceof IASTIdExpression || isDereferencedName(unary.getOperand())
          : foldable(unary.getOperand(), nodes));
    }
    if (expression instanceof IASTBinaryExpression binary) {
      int op = binary.getOperator();
      boolean arithmetic = op >= IASTBinaryExpression.op_multiply && op <= IASTBinaryExpression.op_logicalOr
          || op == IASTBinaryExpression.op_equals || op == IASTBinaryExpression.op_notequals;
      return arithmetic && binary.getOperand1() != null && binary.getOperand2() != null
          && foldable(binary.getOperand1(), nodes) && foldable(binary.getOperand2(), nodes);
    }
    return false;
  }

  /**
   * An enumerator, or a {@code const} variable of an integral type: only those can hold a
   * constant, and asking CDT for any other variable's value evaluates its initializer.
   */
  private static boolean constantName(IASTIdExpression id) {
    IBinding binding = id.getName().resolveBinding();
    if (binding instanceof IEnumerator) {
      return true;
    }
    if (!(binding instanceof IVariable variable) || binding instanceof IProblemBinding) {
      return false;
    }
    IType type = variable.getType();
    boolean constant = false;
    for (int depth = 0; depth < 8; depth++) {
      if (type instanceof IQualifierType qualified) {
        constant |= qualified.isConst();
        type = qualified.getType();
      } else if (type instanceof ITypedef typedef) {
        type = typedef.getType();
      } else {
        break;
      }
    }
    return constant && (type instanceof IBasicType || type instanceof IEnumeration);
  }

  /** {@code sizeof *p}, {@code sizeof(*p)}. */
  private static boolean isDereferencedName(IASTExpression operand) {
    IASTExpression inner = operand;
    while (inner instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_bracketedPrimary) {
      inner = u.getOperand();
    }
    return inner instanceof IASTUnaryExpression u && u.getOperator() == IASTUnaryExpression.op_star
        && u.getOperand() instanceof IASTIdExpression;
  }

  static Long of(IASTInitializerClause clause) {
    if (!(clause instanceof IASTExpression expression) || !foldable(expression, new int[] {0})) {
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
