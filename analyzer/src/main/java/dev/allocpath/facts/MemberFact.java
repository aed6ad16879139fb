package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;

/** A data member of a class, struct or union (methods are not members here). */
public record MemberFact(String name, TypeRef type, boolean isStatic, SourceLocation location) {}
