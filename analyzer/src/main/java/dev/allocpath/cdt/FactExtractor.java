package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.VariableFact;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTLambdaExpression;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTStructuredBindingDeclaration;

/**
 * One walk over a translation unit's AST that keeps track of scopes (namespaces, classes,
 * functions, locals) and hands every declaration, class, expression, statement and problem to
 * each {@link FactCollector}. A collector that throws on a node is reported once and skipped for
 * that node; the walk and the other collectors go on. The walk checks the time limit at every
 * node.
 */
final class FactExtractor {
  private final List<FactCollector> collectors;
  private final MacroCollector macros;
  // Per callback, only the collectors that override it, in the order given: the walk calls them
  // at every node, and most collectors care about one or two kinds of node.
  private final FactCollector[] onDeclaration;
  private final FactCollector[] onCompositeType;
  private final FactCollector[] onExpression;
  private final FactCollector[] onStatement;
  private final FactCollector[] onProblem;

  FactExtractor(List<FactCollector> collectors) {
    this(collectors, null);
  }

  private FactExtractor(List<FactCollector> collectors, MacroCollector macros) {
    this.collectors = List.copyOf(collectors);
    this.macros = macros;
    this.onDeclaration = overriding("declaration", IASTDeclaration.class);
    this.onCompositeType = overriding("compositeType", IASTCompositeTypeSpecifier.class);
    this.onExpression = overriding("expression", IASTExpression.class);
    this.onStatement = overriding("statement", IASTStatement.class);
    this.onProblem = overriding("problem", IASTProblem.class);
  }

  /** The collectors whose class overrides the callback {@code name}: the others would do nothing. */
  private FactCollector[] overriding(String name, Class<?> node) {
    List<FactCollector> found = new ArrayList<>();
    for (FactCollector collector : collectors) {
      if (OVERRIDES.get(collector.getClass()).get(name, node)) {
        found.add(collector);
      }
    }
    return found.toArray(FactCollector[]::new);
  }

  /**
   * Per collector class, which callbacks it overrides, each looked up once per run: an extractor
   * is made for every unit parsed, and reflection on every one of them would be work repeated.
   */
  private static final ClassValue<Overrides> OVERRIDES = new ClassValue<>() {
    @Override
    protected Overrides computeValue(Class<?> type) {
      return new Overrides(type);
    }
  };

  private static final class Overrides {
    private final Class<?> type;
    private final ConcurrentHashMap<String, Boolean> byCallback = new ConcurrentHashMap<>();

    Overrides(Class<?> type) {
      this.type = type;
    }

    boolean get(String name, Class<?> node) {
      return byCallback.computeIfAbsent(name, n -> {
        try {
          return type.getMethod(n, node, WalkContext.class).getDeclaringClass() != FactCollector.class;
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException("FactCollector has no callback " + n, e);
        }
      });
    }
  }

  /** The collectors for every kind of fact in {@code UnitFacts}. */
  static FactExtractor standard(MacroCollector macros, ProblemCollector problems) {
    return new FactExtractor(List.of(
        new ClassCollector(),
        new AliasCollector(),
        new FunctionCollector(),
        new VariableCollector(),
        new CallCollector(),
        new AssignmentCollector(),
        new ReturnCollector(),
        macros,
        problems), macros);
  }

  void extract(IASTTranslationUnit unit, WalkContext context) {
    extract(unit, context, null, null);
  }

  /**
   * With {@code reuse}, stretches of header declarations walked by an earlier unit in the same
   * context are replayed from the run's store instead of walked ({@link UnitReuse}); what each
   * declaration declares is recorded in {@code declared} for the keys of later stretches.
   */
  void extract(IASTTranslationUnit unit, WalkContext context, UnitReuse reuse, DeclaredNames declared) {
    Walk walk = new Walk(context, declared);
    if (reuse == null) {
      unit.accept(walk);
    } else {
      IASTDeclaration[] declarations = unit.getDeclarations(walk.includeInactiveNodes);
      reuse.plan(unit, declarations);
      if (macros != null) {
        macros.skippedMacros(reuse::macrosSkippedAt);
      }
      reuse.walk(declarations, walk, context.sink(), declared);
      finish(unit, context);
      if (macros != null) {
        reuse.afterWalk(unit, declarations, definition -> macros.factOf(definition, context));
      }
      return;
    }
    finish(unit, context);
  }

  private void finish(IASTTranslationUnit unit, WalkContext context) {
    for (FactCollector collector : collectors) {
      try {
        collector.finish(unit, context);
      } catch (RuntimeException error) {
        context.sink().collectorFailed(collector.name(), null, error);
      }
    }
  }

  private final class Walk extends ASTVisitor {
    private final WalkContext context;
    private final DeclaredNames declared;

    Walk(WalkContext context, DeclaredNames declared) {
      this.context = context;
      this.declared = declared;
      shouldVisitDeclarations = true;
      shouldVisitDeclSpecifiers = true;
      shouldVisitExpressions = true;
      shouldVisitStatements = true;
      shouldVisitNamespaces = true;
      shouldVisitProblems = true;
    }

    @Override
    public int visit(ICPPASTNamespaceDefinition namespace) {
      context.deadline().check();
      if (declared != null) {
        declared.namespace(namespace, context);
      }
      String name = Spelling.type(namespace.getName().toString());
      String qualified = name.isEmpty() ? context.scope() : context.qualify(name);
      context.push(new WalkContext.Frame(WalkContext.Kind.NAMESPACE, qualified, ""));
      return PROCESS_CONTINUE;
    }

    @Override
    public int leave(ICPPASTNamespaceDefinition namespace) {
      context.pop();
      return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTDeclaration declaration) {
      context.deadline().check();
      if (declared != null) {
        declared.declaration(declaration, context);
      }
      if (declaration instanceof IASTFunctionDefinition definition) {
        FunctionNames.FunctionInfo function = FunctionNames.describe(definition, context);
        context.push(new WalkContext.Frame(
            WalkContext.Kind.FUNCTION, function.qualifiedName(), function.ownerClass()));
        declareParameters(definition.getDeclarator());
      } else if (declaration instanceof IASTSimpleDeclaration simple && context.inFunction()) {
        declareLocals(simple);
      }
      for (FactCollector collector : onDeclaration) {
        try {
          collector.declaration(declaration, context);
        } catch (RuntimeException error) {
          failed(collector, declaration, error);
        }
      }
      return PROCESS_CONTINUE;
    }

    @Override
    public int leave(IASTDeclaration declaration) {
      if (declaration instanceof IASTFunctionDefinition) {
        context.pop();
      }
      return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTDeclSpecifier specifier) {
      if (specifier instanceof IASTCompositeTypeSpecifier type) {
        context.deadline().check();
        String name = context.qualify(ClassNames.name(type, context.locations()));
        context.push(new WalkContext.Frame(WalkContext.Kind.CLASS, name, ""));
        for (FactCollector collector : onCompositeType) {
          try {
            collector.compositeType(type, context);
          } catch (RuntimeException error) {
            failed(collector, type, error);
          }
        }
      }
      return PROCESS_CONTINUE;
    }

    @Override
    public int leave(IASTDeclSpecifier specifier) {
      if (specifier instanceof IASTCompositeTypeSpecifier) {
        context.pop();
      }
      return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTExpression expression) {
      context.deadline().check();
      if (expression instanceof ICPPASTLambdaExpression lambda && lambda.getDeclarator() != null) {
        declareParameters(lambda.getDeclarator());
      }
      for (FactCollector collector : onExpression) {
        try {
          collector.expression(expression, context);
        } catch (RuntimeException error) {
          failed(collector, expression, error);
        }
      }
      return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTStatement statement) {
      context.deadline().check();
      for (FactCollector collector : onStatement) {
        try {
          collector.statement(statement, context);
        } catch (RuntimeException error) {
          failed(collector, statement, error);
        }
      }
      return PROCESS_CONTINUE;
    }

    @Override
    public int visit(IASTProblem problem) {
      for (FactCollector collector : onProblem) {
        try {
          collector.problem(problem, context);
        } catch (RuntimeException error) {
          failed(collector, problem, error);
        }
      }
      return PROCESS_CONTINUE;
    }

    private void declareParameters(IASTFunctionDeclarator declarator) {
      String function = context.function();
      for (IASTParameterDeclaration parameter : FunctionCollector.parameters(declarator)) {
        String name = Names.nameOf(parameter.getDeclarator()).toString();
        context.declareLocal(name, new WalkContext.Local(
            Declarations.localKey(VariableFact.Storage.PARAMETER, function, name),
            TypeSpelling.spelled(parameter.getDeclSpecifier(), context)));
      }
    }

    private void declareLocals(IASTSimpleDeclaration declaration) {
      IASTDeclSpecifier specifier = declaration.getDeclSpecifier();
      if (Declarations.isTypedef(specifier)) {
        return;
      }
      VariableFact.Storage storage = Declarations.localStorage(specifier);
      String function = context.function();
      if (declaration instanceof ICPPASTStructuredBindingDeclaration binding) {
        for (IASTName name : binding.getNames()) {
          context.declareLocal(name.toString(), new WalkContext.Local(
              Declarations.localKey(storage, function, name.toString()), "auto"));
        }
        return;
      }
      String type = null;
      for (IASTDeclarator declarator : declaration.getDeclarators()) {
        if (Declarations.declaresFunction(declarator)) {
          continue;
        }
        IASTName name = Names.nameOf(declarator);
        String simple = name.toString();
        if (type == null) {
          type = TypeSpelling.spelled(specifier, context);
        }
        context.declareLocal(simple, new WalkContext.Local(
            Declarations.localKey(storage, function, simple), type));
      }
    }

    private void failed(FactCollector collector, IASTNode node, RuntimeException error) {
      SourceLocation location = null;
      try {
        location = context.locations().of(node);
      } catch (RuntimeException ignored) {
        // The failure is reported without a location.
      }
      context.sink().collectorFailed(collector.name(), location, error);
    }
  }
}
