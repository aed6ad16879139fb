package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;

/**
 * A {@code #define} that is in force in a translation unit.
 *
 * @param name the macro name ({@code malloc})
 * @param parameters the parameter list text for function-like macros ({@code (size)}), else null
 * @param expansion the replacement text
 * @param location the macro name in its {@code #define}; null for a command-line definition
 *     ({@code -D}), whose origin the build model knows
 */
public record MacroFact(String name, String parameters, String expansion, SourceLocation location) {}
