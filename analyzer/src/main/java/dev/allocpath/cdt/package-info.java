/**
 * C and C++ parsing with Eclipse CDT, turned into {@link dev.allocpath.facts.UnitFacts}.
 *
 * <p>Entry point: {@link dev.allocpath.cdt.CdtParser#parse}. One parse per compile unit, on its
 * own large-stack thread under a time limit; the AST is walked once by
 * {@link dev.allocpath.cdt.FactExtractor}, which hands nodes to one collector per kind of fact,
 * and is dropped afterwards.
 *
 * <p>Decisions worth knowing when reading facts:
 *
 * <ul>
 *   <li><b>What is read.</b> Project files under the root (real location checked, so symlinks
 *       cannot lead out), the unit's generated files, and a compat prelude: compiler macros
 *       ({@code __GNUC__}, {@code __cplusplus}, {@code PRIu32}, {@code offsetof}, ...) and, for
 *       C++, declarations of common {@code std} templates. System headers are never read.
 *   <li><b>Calls from macros.</b> A call's location is the macro's use site. {@code macro} is the
 *       outermost macro of the expansion, and only when the callee's name comes from a macro
 *       body (image location {@code MACRO_DEFINITION}); a callee passed as a macro argument
 *       ({@code FOO(malloc(3))}) is the user's own call and has no macro.
 *   <li><b>Templates the parser never saw.</b> {@code std::make_shared<Foo>(a)} of an unknown
 *       template parses as a comparison; such calls are recovered by shape.
 *   <li><b>Storage keys</b> follow {@link dev.allocpath.facts.StorageKey}: locals are known from
 *       the walk, members of classes defined in the unit from their facts; only other names and
 *       field accesses go through CDT's binding resolution.
 *   <li><b>Dead code.</b> Inactive {@code #if} branches are not parsed and produce nothing.
 * </ul>
 *
 * <p>Known limits: C11 {@code _Generic} does not parse; members of an anonymous struct or union
 * without a declarator are not lifted into the enclosing class; a real comparison
 * {@code a < b > (c)} would be read as a template call; block scoping of locals is per function
 * (a later declaration with the same name shadows for the rest of the function).
 */
package dev.allocpath.cdt;
