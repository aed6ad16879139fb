package dev.allocpath.cdt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTElaboratedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTEnumerationSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTAliasDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceAlias;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTNamespaceDefinition;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTUsingDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTUsingDirective;

/**
 * The names declared so far in a unit outside classes and functions, each with where it was
 * declared. A header's facts can depend on declarations made before it is included (a typedef
 * decides how {@code a * b;} parses, a global decides a storage key), but only through names the
 * header spells: so the part of a header's reuse key that stands for "what came before" is the
 * declarations of the names it contains, not everything before it. Over-counting a name only
 * makes reuse rarer. One instance per parse.
 */
final class DeclaredNames {
  /** A declaration: its simple name and where it is (the file's context and offset, hashed). */
  record Declared(String name, long first, long second) {}

  /** {@code using namespace} changes how every later name is looked up. */
  static final String USING_DIRECTIVE = "using namespace";

  private final Function<String, Hash128> fileIdentity;
  private final Map<String, long[]> byName = new HashMap<>();
  private final List<Declared> order = new ArrayList<>();
  private static final long NAMESPACE = 0x4E414D4553504143L;

  /** @param fileIdentity the identity of a file of this unit as CDT names it (its context for headers) */
  DeclaredNames(Function<String, Hash128> fileIdentity) {
    this.fileIdentity = fileIdentity;
  }

  /** Records what a declaration met by the walk declares (before its own frame is pushed). */
  void declaration(IASTDeclaration declaration, WalkContext context) {
    if (context.atNamespaceScope()) {
      if (declaration instanceof IASTSimpleDeclaration simple) {
        for (IASTDeclarator declarator : simple.getDeclarators()) {
          add(Names.nameOf(declarator));
        }
        specifier(simple.getDeclSpecifier());
      } else if (declaration instanceof IASTFunctionDefinition definition) {
        add(Names.nameOf(definition.getDeclarator()));
        specifier(definition.getDeclSpecifier());
      } else if (declaration instanceof ICPPASTUsingDirective directive) {
        add(USING_DIRECTIVE, directive.getFileLocation());
      } else if (declaration instanceof ICPPASTUsingDeclaration using) {
        add(using.getName());
      } else if (declaration instanceof ICPPASTAliasDeclaration alias) {
        add(alias.getAlias());
      } else if (declaration instanceof ICPPASTNamespaceAlias alias) {
        add(alias.getAlias());
      }
    } else if (!context.isCpp() && !context.inFunction() && declaration instanceof IASTSimpleDeclaration simple) {
      // C has no class scope: tags and enumerators declared inside a struct are file-scope names.
      specifier(simple.getDeclSpecifier());
    }
  }

  /**
   * A namespace is the same namespace however often it is reopened, so its name is recorded once
   * without a place: which headers reopened it before does not change what it means (the names
   * declared inside are recorded one by one).
   */
  void namespace(ICPPASTNamespaceDefinition namespace, WalkContext context) {
    if (context.atNamespaceScope()) {
      String name = Names.simple(namespace.getName());
      if (!name.isEmpty()) {
        add(new Declared(name, NAMESPACE, NAMESPACE));
      }
    }
  }

  /** Where the record stands; {@link #since} lists what was declared after. */
  int mark() {
    return order.size();
  }

  List<Declared> since(int mark) {
    return List.copyOf(order.subList(mark, order.size()));
  }

  /** Declares again what a replayed stretch of declarations declared. */
  void replay(List<Declared> declared) {
    declared.forEach(this::add);
  }

  /**
   * Adds to {@code key} the declarations so far of every name in {@code names} (in the order of
   * {@code names}), and any {@code using namespace} so far.
   */
  void addTo(Hash128 key, String[] names) {
    contribute(key, USING_DIRECTIVE);
    for (String name : names) {
      contribute(key, name);
    }
  }

  private void contribute(Hash128 key, String name) {
    long[] declared = byName.get(name);
    if (declared != null) {
      key.add(Hash128.chars(name.toCharArray())).add(declared[0]).add(declared[1]);
    }
  }

  private void specifier(IASTDeclSpecifier specifier) {
    if (specifier instanceof IASTCompositeTypeSpecifier composite) {
      add(composite.getName());
    } else if (specifier instanceof IASTElaboratedTypeSpecifier elaborated) {
      add(elaborated.getName());
    } else if (specifier instanceof IASTEnumerationSpecifier enumeration) {
      add(enumeration.getName());
      for (IASTEnumerationSpecifier.IASTEnumerator enumerator : enumeration.getEnumerators()) {
        add(enumerator.getName());
      }
    }
  }

  private void add(IASTName name) {
    if (name == null) {
      return;
    }
    String simple = Names.simple(name);
    if (!simple.isEmpty()) {
      add(simple, name.getFileLocation());
    }
  }

  private void add(String name, IASTFileLocation where) {
    Hash128 place = where == null
        ? new Hash128().add(-3L)
        : fileIdentity.apply(where.getFileName()).add(where.getNodeOffset());
    add(new Declared(name, place.first(), place.second()));
  }

  private void add(Declared declared) {
    order.add(declared);
    if (declared.first() == NAMESPACE && declared.second() == NAMESPACE && byName.containsKey(declared.name())) {
      return;
    }
    long[] hash = byName.computeIfAbsent(declared.name(), n -> new long[2]);
    Hash128 combined = new Hash128().add(hash[0]).add(hash[1]).add(declared.first()).add(declared.second());
    hash[0] = combined.first();
    hash[1] = combined.second();
  }
}
