package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTBinaryExpression;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFieldReference;
import org.eclipse.cdt.core.dom.ast.IASTFunctionCallExpression;
import org.eclipse.cdt.core.dom.ast.IASTIdExpression;
import org.eclipse.cdt.core.dom.ast.IASTImageLocation;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTInitializerClause;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTTypeId;
import org.eclipse.cdt.core.dom.ast.IASTUnaryExpression;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IField;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTConstructorChainInitializer;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTConstructorInitializer;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTInitializerList;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNewExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTSimpleTypeConstructorExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateId;

/**
 * Builds {@link CallFact}s from the node shapes that call something: function calls, recovered
 * template calls, {@code new}, and constructions of named class types ({@code std::thread(f)},
 * {@code std::thread t(f);}, {@code T{...}}, a member initializer of a class-typed member).
 * Shared by the collectors that need a call as a value, so a call is described the same way
 * everywhere.
 */
final class CallFactory {
  /** Callee name recorded for {@code new} expressions. */
  static final String NEW_CALLEE = "operator new";

  private CallFactory() {}

  /**
   * The call that produces an expression's value, after parentheses, casts and
   * {@code std::move}/{@code std::forward} (a move produces nothing new); or null.
   */
  static CallFact valueCall(IASTInitializerClause clause, WalkContext context) {
    if (!(clause instanceof IASTExpression expression)) {
      return null;
    }
    IASTExpression value = StorageKeys.peel(expression, false);
    if (StorageKeys.isMoveOrForward(value)) {
      return null;
    }
    return ofExpression(value, context);
  }

  /**
   * Whether a direct initialization with these arguments copies or moves an existing object of
   * type {@code qualifiedType} rather than constructing one from parts: {@code T x(std::move(y))},
   * {@code T x(T(args))}. Such an initialization is not a construction call.
   */
  static boolean isTransfer(
      List<IASTInitializerClause> arguments, String qualifiedType, WalkContext context) {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof IASTExpression argument)) {
      return false;
    }
    IASTExpression value = argument;
    while (value instanceof IASTUnaryExpression unary
        && unary.getOperator() == IASTUnaryExpression.op_bracketedPrimary
        && unary.getOperand() != null) {
      value = unary.getOperand();
    }
    if (StorageKeys.isMoveOrForward(value)) {
      return true;
    }
    CallFact inner = ofExpression(value, context);
    return inner != null && inner.qualifiedCallee().equals(qualifiedType);
  }

  /** The call an expression node is, or null if it is no call. */
  static CallFact ofExpression(IASTExpression expression, WalkContext context) {
    if (expression instanceof IASTFunctionCallExpression call) {
      return ofCall(call, context);
    }
    if (expression instanceof IASTBinaryExpression binary) {
      TemplateCalls.Recovered recovered = TemplateCalls.recover(binary);
      return recovered == null ? null : ofRecovered(binary, recovered, context);
    }
    if (expression instanceof ICPPASTNewExpression creation) {
      return ofNew(creation, context);
    }
    if (expression instanceof ICPPASTSimpleTypeConstructorExpression construction) {
      return ofTypeConstruction(construction, context);
    }
    return null;
  }

  private static CallFact ofCall(IASTFunctionCallExpression call, WalkContext context) {
    IASTExpression function = call.getFunctionNameExpression();
    List<ArgumentFact> arguments = arguments(Arrays.asList(call.getArguments()), context);
    IASTExpression peeled = StorageKeys.peel(function, true);
    if (peeled instanceof IASTIdExpression id) {
      IASTName name = id.getName();
      return new CallFact(
          Names.simple(name), Names.withoutTemplateArguments(name.toString()), null,
          templateArguments(name, context), arguments, location(call, context), macro(name), context.function());
    }
    if (peeled instanceof IASTFieldReference field) {
      IASTName name = field.getFieldName();
      return new CallFact(
          Names.simple(name), Names.withoutTemplateArguments(name.toString()),
          StorageKeys.of(field.getFieldOwner(), context), templateArguments(name, context), arguments,
          location(call, context), macro(name), context.function());
    }
    return new CallFact(
        "", NodeText.of(function), null, List.of(), arguments, location(call, context), null,
        context.function());
  }

  private static CallFact ofRecovered(
      IASTBinaryExpression whole, TemplateCalls.Recovered recovered, WalkContext context) {
    IASTName name = recovered.callee().getName();
    List<IASTInitializerClause> clauses = new ArrayList<>(recovered.arguments());
    return new CallFact(
        Names.simple(name), Names.withoutTemplateArguments(name.toString()), null,
        List.of(templateArgumentText(recovered.templateArgument(), context)), arguments(clauses, context),
        location(whole, context), macro(name), context.function());
  }

  /**
   * {@code new T(args)} and {@code new T[n]}: callee {@code operator new}, qualified callee
   * {@code new}, the allocated type as the one template argument ({@code int[5]} for an array),
   * arguments = placement arguments followed by constructor arguments.
   */
  private static CallFact ofNew(ICPPASTNewExpression creation, WalkContext context) {
    IASTTypeId type = creation.getTypeId();
    List<IASTInitializerClause> clauses = new ArrayList<>();
    if (creation.getPlacementArguments() != null) {
      clauses.addAll(Arrays.asList(creation.getPlacementArguments()));
    }
    clauses.addAll(initializerArguments(creation.getInitializer()));
    IASTName typeName =
        type != null && type.getDeclSpecifier() instanceof IASTNamedTypeSpecifier named ? named.getName() : null;
    return new CallFact(
        NEW_CALLEE, "new", null,
        type == null ? List.of() : List.of(TypeSpelling.typeIdText(type, context)),
        arguments(clauses, context), location(creation, context),
        typeName != null ? macro(typeName) : outermostMacro(creation), context.function());
  }

  /** {@code T{args}} or {@code T(args)} of a named type that CDT recognised as a type. */
  private static CallFact ofTypeConstruction(
      ICPPASTSimpleTypeConstructorExpression construction, WalkContext context) {
    if (!(construction.getDeclSpecifier() instanceof IASTNamedTypeSpecifier named)) {
      return null;
    }
    return construction(named.getName(), initializerArguments(construction.getInitializer()),
        construction, context);
  }

  /**
   * {@code T x(args);} or {@code T x{args};} for a named type declared by value: the
   * construction of {@code T}. Null for other declarators.
   */
  static CallFact ofDeclarator(IASTDeclSpecifier specifier, IASTDeclarator declarator, WalkContext context) {
    if (!(specifier instanceof IASTNamedTypeSpecifier named)
        || Declarations.declaresFunction(declarator)
        || TypeSpelling.indirect(declarator)
        || !isDirectInitializer(declarator.getInitializer())) {
      return null;
    }
    List<IASTInitializerClause> arguments = initializerArguments(declarator.getInitializer());
    if (isTransfer(arguments, Names.withoutTemplateArguments(named.getName().toString()), context)) {
      return null;
    }
    return construction(named.getName(), arguments, declarator, context);
  }

  /**
   * A constructor's member initializer {@code mThread(f, this)} when the member's class is known
   * in this unit and the member is a class type held by value: its construction. Null otherwise
   * (the initializer then only shows as an assignment).
   */
  static CallFact ofMemberInitializer(ICPPASTConstructorChainInitializer initializer, WalkContext context) {
    String owner = context.functionOwner();
    ClassFact type = owner.isEmpty() ? null : context.sink().classNamed(owner);
    if (type == null || initializer.getMemberInitializerId() == null) {
      return null;
    }
    String member = Names.simple(initializer.getMemberInitializerId());
    for (MemberFact candidate : type.members()) {
      if (candidate.name().equals(member)
          && !candidate.type().indirect()
          && candidate.type().arrayDimensions().isEmpty()
          && !isPrimitive(candidate.type().spelled())) {
        String spelled = candidate.type().spelled();
        String qualified = Names.withoutTemplateArguments(spelled);
        List<IASTInitializerClause> arguments = initializerArguments(initializer.getInitializer());
        if (isTransfer(arguments, qualified, context)) {
          return null;
        }
        return new CallFact(
            lastSegment(qualified), qualified, null, TemplateArguments.split(spelled),
            arguments(arguments, context), location(initializer, context),
            outermostMacro(initializer), context.function());
      }
    }
    return null;
  }

  /**
   * Whether a member initializer names a data member (not a base class or a delegated
   * constructor). Answered from the class's facts when this unit defined the class, which needs
   * no binding resolution; otherwise CDT resolves the name (unresolvable names count as members).
   */
  static boolean initializesMember(ICPPASTConstructorChainInitializer initializer, WalkContext context) {
    IASTName name = initializer.getMemberInitializerId();
    if (name == null) {
      return false;
    }
    String owner = context.functionOwner();
    ClassFact type = owner.isEmpty() ? null : context.sink().classNamed(owner);
    if (type != null) {
      String simple = Names.simple(name);
      for (MemberFact member : type.members()) {
        if (member.name().equals(simple)) {
          return true;
        }
      }
      return false;
    }
    IBinding binding = name.resolveBinding();
    return binding instanceof IField || binding == null || binding instanceof IProblemBinding;
  }

  private static CallFact construction(
      IASTName typeName, List<IASTInitializerClause> clauses, IASTNode node, WalkContext context) {
    return new CallFact(
        Names.simple(typeName), Names.withoutTemplateArguments(typeName.toString()), null,
        templateArguments(typeName, context), arguments(clauses, context), location(node, context),
        macro(typeName), context.function());
  }

  static boolean isDirectInitializer(IASTInitializer initializer) {
    return initializer instanceof ICPPASTConstructorInitializer
        || initializer instanceof ICPPASTInitializerList;
  }

  /** The clauses of {@code (a, b)} or {@code {a, b}}; empty for other initializers. */
  static List<IASTInitializerClause> initializerArguments(IASTInitializer initializer) {
    if (initializer instanceof ICPPASTConstructorInitializer constructor) {
      return Arrays.asList(constructor.getArguments());
    }
    if (initializer instanceof ICPPASTInitializerList list) {
      return Arrays.asList(list.getClauses());
    }
    return List.of();
  }

  static List<ArgumentFact> arguments(List<? extends IASTInitializerClause> clauses, WalkContext context) {
    List<ArgumentFact> arguments = new ArrayList<>(clauses.size());
    for (IASTInitializerClause clause : clauses) {
      arguments.add(new ArgumentFact(NodeText.of(clause), StorageKeys.of(clause, context), ConstantValues.of(clause)));
    }
    return arguments;
  }

  private static List<String> templateArguments(IASTName name, WalkContext context) {
    IASTName last = Names.last(name);
    if (!(last instanceof ICPPASTTemplateId templateId)) {
      return List.of();
    }
    List<String> arguments = new ArrayList<>();
    for (IASTNode argument : templateId.getTemplateArguments()) {
      arguments.add(templateArgumentText(argument, context));
    }
    return arguments;
  }

  private static String templateArgumentText(IASTNode argument, WalkContext context) {
    if (argument instanceof IASTTypeId typeId) {
      return TypeSpelling.typeIdText(typeId, context);
    }
    if (argument instanceof IASTIdExpression id) {
      return Spelling.type(id.getName().toString());
    }
    return Spelling.type(NodeText.of(argument));
  }

  /**
   * The outermost macro whose expansion produced the callee's name, or null when the name is
   * written in the file or comes from a macro argument ({@code FOO(malloc(3))} keeps
   * {@code malloc} and no macro). Image locations tell the two apart: a name from a macro body
   * has an image in the macro definition.
   */
  static String macro(IASTName name) {
    IASTName last = Names.last(name);
    String outer = outermostMacro(last);
    if (outer == null) {
      return null; // not from a macro at all: no need for the costlier image location
    }
    IASTImageLocation image = last.getImageLocation();
    if (image != null && image.getLocationKind() == IASTImageLocation.ARGUMENT_TO_MACRO_EXPANSION) {
      return null;
    }
    return outer;
  }

  private static String outermostMacro(IASTNode node) {
    IASTNodeLocation[] locations = node.getNodeLocations();
    if (locations.length > 0 && locations[0] instanceof IASTMacroExpansionLocation expansion) {
      return expansion.getExpansion().getMacroReference().toString();
    }
    return null;
  }

  private static SourceLocation location(IASTNode node, WalkContext context) {
    return context.locations().of(node);
  }

  private static boolean isPrimitive(String spelled) {
    return switch (spelled) {
      case "int", "char", "bool", "_Bool", "float", "double", "void", "auto", "unsigned", "signed",
          "short", "long", "long long", "unsigned int", "unsigned char", "unsigned long",
          "unsigned long long", "unsigned short", "signed char", "long double", "wchar_t" -> true;
      default -> false;
    };
  }

  private static String lastSegment(String qualified) {
    int cut = qualified.lastIndexOf("::");
    return cut < 0 ? qualified : qualified.substring(cut + 2);
  }
}
