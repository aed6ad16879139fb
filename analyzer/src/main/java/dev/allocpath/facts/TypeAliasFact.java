package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;
import java.util.List;

/** A {@code typedef} or {@code using X = ...} alias (alias templates included). */
public record TypeAliasFact(
    String qualifiedName,
    String name,
    TypeRef target,
    List<String> templateParameters,
    SourceLocation location) {

  public TypeAliasFact {
    templateParameters = List.copyOf(templateParameters);
  }

  public String scope() {
    int cut = qualifiedName.lastIndexOf("::");
    return cut < 0 ? "" : qualifiedName.substring(0, cut);
  }
}
