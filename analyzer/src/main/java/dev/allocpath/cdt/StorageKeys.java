package dev.allocpath.cdt;

import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.StorageKey;
import org.eclipse.cdt.core.dom.ast.IASTArraySubscriptExpression;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTCastExpression;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTLiteralExpression;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.ICompositeType;
import org.eclipse.cdt.core.dom.ast.IField;
import org.eclipse.cdt.core.dom.ast.IFunction;
import org.eclipse.cdt.core.dom.ast.IPointerType;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.IQualifierType;
import org.eclipse.cdt.core.dom.ast.IType;
import org.eclipse.cdt.core.dom.ast.ITypedef;
import org.eclipse.cdt.core.dom.ast.IVariable;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPReferenceType;

/**
 * The storage an expression denotes, as a {@link StorageKey}. Peels what does not change the
 * storage ({@code &x}, {@code *p}, {@code (x)}, casts, {@code std::move(x)}). Names are looked up
 * first among the locals the walk has seen, which needs no binding resolution; only other names
 * (members, globals) and field accesses are resolved through CDT, which keeps the cost low.
 */
final class StorageKeys {
  private static final String UNKNOWN_OWNER = "?";

  private StorageKeys() {}

  /** The key, or null when the expression is not a plain storage location (a call, a literal). */
  static String of(IASTInitializerClause clause, WalkContext context) {
    if (!(clause instanceof IASTExpression expression)) {
      return null;
    }
    IASTExpression peeled = peel(expression, true);
    if (peeled instanceof IASTIdExpression id) {
      return ofName(id.getName(), context);
    }
    if (peeled instanceof IASTFieldReference field) {
      return ofField(field, context);
    }
    if (peeled instanceof IASTArraySubscriptExpression subscript) {
      String array = of(subscript.getArrayExpression(), context);
      return array == null ? null : StorageKey.element(array);
    }
    return null;
  }

  /**
   * Removes parentheses, casts and {@code std::move}/{@code std::forward}; with
   * {@code dereferences} also {@code &} and {@code *}.
   */
  static IASTExpression peel(IASTExpression expression, boolean dereferences) {
    IASTExpression current = expression;
    while (true) {
      if (current instanceof IASTUnaryExpression unary) {
        int operator = unary.getOperator();
        boolean peelable =
            operator == IASTUnaryExpression.op_bracketedPrimary
                || dereferences
                    && (operator == IASTUnaryExpression.op_amper || operator == IASTUnaryExpression.op_star);
        if (!peelable || unary.getOperand() == null) {
          return current;
        }
        current = unary.getOperand();
      } else if (current instanceof IASTCastExpression cast && cast.getOperand() != null) {
        current = cast.getOperand();
      } else if (current instanceof IASTFunctionCallExpression call && isMoveOrForward(call)) {
        current = (IASTExpression) call.getArguments()[0];
      } else if (current instanceof IASTBinaryExpression binary) {
        TemplateCalls.Recovered recovered = TemplateCalls.recover(binary);
        if (recovered == null
            || recovered.arguments().size() != 1
            || !isMoveOrForward(recovered.callee().getName())) {
          return current;
        }
        current = recovered.arguments().get(0);
      } else {
        return current;
      }
    }
  }

  /**
   * {@code std::move(x)} or {@code std::forward<T>(x)} (also unqualified), with one argument; C++
   * only, so a C function named {@code move} stays a call.
   */
  static boolean isMoveOrForward(IASTExpression expression) {
    if (expression instanceof IASTFunctionCallExpression call) {
      return isMoveOrForward(call);
    }
    if (expression instanceof IASTBinaryExpression binary) {
      TemplateCalls.Recovered recovered = TemplateCalls.recover(binary);
      return recovered != null && recovered.arguments().size() == 1
          && isMoveOrForward(recovered.callee().getName());
    }
    return false;
  }

  private static boolean isMoveOrForward(IASTFunctionCallExpression call) {
    return call instanceof ICPPASTFunctionCallExpression
        && call.getArguments().length == 1
        && call.getArguments()[0] instanceof IASTExpression
        && call.getFunctionNameExpression() instanceof IASTIdExpression id
        && isMoveOrForward(id.getName());
  }

  private static boolean isMoveOrForward(IASTName name) {
    String written = Names.withoutTemplateArguments(name.toString());
    return written.equals("std::move")
        || written.equals("std::forward")
        || written.equals("move")
        || written.equals("forward");
  }

  private static String ofName(IASTName name, WalkContext context) {
    String simple = Names.simple(name);
    if (name instanceof ICPPASTQualifiedName) {
      return resolveName(name, simple, context);
    }
    WalkContext.Local local = context.local(simple);
    if (local != null) {
      return local.key();
    }
    String member = ownMember(simple, context);
    if (member != null) {
      return member;
    }
    return context.resolvedName(name.toString(), written -> resolveName(name, simple, context));
  }

  /**
   * A field reached through {@code this} or through a local whose declared class this unit
   * defined, answered from the class facts without binding resolution; null otherwise.
   */
  private static String knownField(IASTExpression owner, String field, WalkContext context) {
    IASTExpression peeled = peel(owner, true);
    String type = null;
    if (peeled instanceof IASTLiteralExpression literal
        && literal.getKind() == IASTLiteralExpression.lk_this) {
      type = context.thisClass();
    } else if (peeled instanceof IASTIdExpression id && !(id.getName() instanceof ICPPASTQualifiedName)) {
      WalkContext.Local local = context.local(Names.simple(id.getName()));
      if (local != null) {
        type = KnownClasses.find(local.spelledType(), context);
      }
    }
    MemberFact member = type == null ? null : context.sink().member(type, field);
    if (member == null) {
      return null;
    }
    return member.isStatic() ? StorageKey.global(type + "::" + field) : StorageKey.field(type, field);
  }

  /**
   * A member of the class {@code this} points to, when this unit defined that class: the common
   * case of member access inside a method, answered without binding resolution. Inherited
   * members are not found here and go to CDT.
   */
  private static String ownMember(String simple, WalkContext context) {
    String self = context.thisClass();
    MemberFact member = self == null ? null : context.sink().member(self, simple);
    if (member == null) {
      return null;
    }
    return member.isStatic() ? StorageKey.global(self + "::" + simple) : StorageKey.field(self, simple);
  }

  private static String resolveName(IASTName name, String simple, WalkContext context) {
    IBinding binding = name.resolveBinding();
    if (binding == null || binding instanceof IProblemBinding) {
      return StorageKey.global(Names.withoutTemplateArguments(name.toString()));
    }
    if (binding instanceof IField field) {
      if (field.isStatic()) {
        return StorageKey.global(qualifiedOr(field, simple));
      }
      String owner = ownerName(field, null);
      return StorageKey.field(owner != null ? owner : ownerFallback(null, context), simple);
    }
    if (binding instanceof IVariable variable) {
      if (variable.getOwner() instanceof IFunction) {
        return variable.isStatic()
            ? StorageKey.global(context.function() + "::" + simple)
            : StorageKey.local(context.function(), simple);
      }
      return StorageKey.global(qualifiedOr(variable, simple));
    }
    return null;
  }

  private static String ofField(IASTFieldReference reference, WalkContext context) {
    String field = Names.simple(reference.getFieldName());
    String known = knownField(reference.getFieldOwner(), field, context);
    if (known != null) {
      return known;
    }
    IBinding binding = reference.getFieldName().resolveBinding();
    if (binding instanceof IField resolved && !(binding instanceof IProblemBinding)) {
      if (resolved.isStatic()) {
        return StorageKey.global(qualifiedOr(resolved, field));
      }
      String owner = ownerName(resolved, reference.getFieldOwner());
      if (owner != null) {
        return StorageKey.field(owner, field);
      }
    }
    return StorageKey.field(ownerFallback(reference.getFieldOwner(), context), field);
  }

  /**
   * The declaring class of a field. An anonymous C struct is known by the typedef through which
   * the access reaches it ({@code typedef struct {..} agent_t; agent_t *a; a->x}).
   */
  private static String ownerName(IField field, IASTExpression ownerExpression) {
    ICompositeType owner = field.getCompositeTypeOwner();
    String name = Names.qualified(owner);
    if (name != null && !name.isEmpty()) {
      return name;
    }
    return ownerExpression == null ? null : typedefName(ownerExpression.getExpressionType());
  }

  private static String typedefName(IType type) {
    IType current = type;
    String typedef = null;
    for (int depth = 0; current != null && depth < 16; depth++) {
      if (current instanceof ITypedef alias) {
        typedef = alias.getName();
        current = alias.getType();
      } else if (current instanceof IPointerType pointer) {
        current = pointer.getType();
      } else if (current instanceof ICPPReferenceType reference) {
        current = reference.getType();
      } else if (current instanceof IQualifierType qualified) {
        current = qualified.getType();
      } else {
        break;
      }
    }
    return typedef;
  }

  /**
   * When CDT cannot resolve the field: {@code this} gives the enclosing class, a local gives its
   * declared type as spelled, anything else {@code ?}.
   */
  private static String ownerFallback(IASTExpression owner, WalkContext context) {
    if (owner == null) {
      String self = context.thisClass();
      return self == null ? UNKNOWN_OWNER : self;
    }
    IASTExpression peeled = peel(owner, true);
    if (peeled instanceof IASTLiteralExpression literal
        && literal.getKind() == IASTLiteralExpression.lk_this) {
      String self = context.thisClass();
      return self == null ? UNKNOWN_OWNER : self;
    }
    if (peeled instanceof IASTIdExpression id && !(id.getName() instanceof ICPPASTQualifiedName)) {
      WalkContext.Local local = context.local(Names.simple(id.getName()));
      if (local != null && !local.spelledType().isEmpty() && !local.spelledType().equals("auto")) {
        return local.spelledType();
      }
    }
    return UNKNOWN_OWNER;
  }

  private static String qualifiedOr(IBinding binding, String fallback) {
    String qualified = Names.qualified(binding);
    return qualified == null || qualified.isEmpty() ? fallback : qualified;
  }
}
