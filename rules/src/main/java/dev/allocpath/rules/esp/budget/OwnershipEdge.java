package dev.allocpath.rules.esp.budget;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;

/**
 * One way an object comes to own another one on the heap.
 *
 * @param target the class of the owned object
 * @param via the member path ({@code mTransport}, {@code mState.mImpl}) or, for a creation, the
 *     function that creates it ({@code emplaceDataChannel()})
 * @param declaredIn the class that declares the member or function (a base class for inherited ones)
 * @param how the member's type as written, or the creating expression ({@code make_shared<Foo>})
 * @param creation true when found as a creation in a member function rather than as a member
 * @param exclusive true when nothing else can own the object ({@code unique_ptr}, a container's
 *     element held by value or by {@code unique_ptr}); false for shared ownership
 *     ({@code shared_ptr}, other configured pointers) and for creations, whose result may be
 *     stored anywhere
 * @param many true for containers and arrays: at least one object, possibly more
 */
record OwnershipEdge(
    ClassFact target,
    String via,
    String declaredIn,
    String how,
    boolean creation,
    boolean exclusive,
    boolean many,
    SourceLocation location) {}
