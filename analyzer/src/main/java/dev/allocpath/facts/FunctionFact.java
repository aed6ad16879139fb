package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;
import java.util.List;

/**
 * A function definition (with a body) in live code.
 *
 * @param qualifiedName e.g. {@code rtc::impl::Init::doInit}, {@code operator new}
 * @param ownerClass qualified name of the class for member functions, else empty
 * @param parameterNames in order; unnamed parameters are empty strings
 * @param parameterTypes as spelled, in order (pointer/reference marks kept, e.g. {@code pthread_t *})
 */
public record FunctionFact(
    String qualifiedName,
    String name,
    String ownerClass,
    List<String> parameterNames,
    List<String> parameterTypes,
    SourceLocation location) {

  public FunctionFact {
    parameterNames = List.copyOf(parameterNames);
    parameterTypes = List.copyOf(parameterTypes);
  }
}
