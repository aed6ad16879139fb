package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;
import java.util.List;

/**
 * A class, struct or union definition with a body.
 *
 * @param qualifiedName namespaces and enclosing classes joined by {@code ::}; anonymous
 *     namespaces are omitted; a class local to a function is qualified by the function's name;
 *     an anonymous class declared by a typedef takes the typedef's name
 *     ({@code typedef struct {..} foo_t;}), any other anonymous class is named
 *     {@code (anonymous struct at LINE:COLUMN)} (its keyword and position)
 * @param keyword {@code class}, {@code struct} or {@code union}
 * @param bases base classes as spelled (template arguments included)
 * @param templateParameters names of the template parameters, empty if not a template
 * @param location the class name (or the keyword for an anonymous class)
 */
public record ClassFact(
    String qualifiedName,
    String name,
    String keyword,
    List<String> bases,
    List<String> templateParameters,
    List<MemberFact> members,
    SourceLocation location) {

  public ClassFact {
    bases = List.copyOf(bases);
    templateParameters = List.copyOf(templateParameters);
    members = List.copyOf(members);
  }

  /** The scope the class is declared in ({@code a::b} for {@code a::b::C}), empty at top level. */
  public String scope() {
    int cut = qualifiedName.lastIndexOf("::");
    return cut < 0 ? "" : qualifiedName.substring(0, cut);
  }
}
