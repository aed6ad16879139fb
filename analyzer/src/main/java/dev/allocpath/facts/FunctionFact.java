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
 * @param returnedCalls the callees of calls whose result the function returns directly
 *     ({@code return malloc(n);}, {@code return (T *)calloc(1, n);}), in source order
 * @param endless the body runs an endless loop ({@code for (;;)}, {@code while (1)}) that no
 *     {@code break}, {@code goto} or {@code return} leaves, and has no {@code return} anywhere:
 *     the function never returns (calls such as {@code pthread_exit} are the rules' business)
 */
public record FunctionFact(
    String qualifiedName,
    String name,
    String ownerClass,
    List<String> parameterNames,
    List<String> parameterTypes,
    SourceLocation location,
    List<String> returnedCalls,
    boolean endless) {

  public FunctionFact {
    parameterNames = List.copyOf(parameterNames);
    parameterTypes = List.copyOf(parameterTypes);
    returnedCalls = List.copyOf(returnedCalls);
  }

  /** A function whose body was not looked at (nothing returned directly, not endless). */
  public FunctionFact(
      String qualifiedName,
      String name,
      String ownerClass,
      List<String> parameterNames,
      List<String> parameterTypes,
      SourceLocation location) {
    this(qualifiedName, name, ownerClass, parameterNames, parameterTypes, location, List.of(), false);
  }
}
