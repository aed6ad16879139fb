package dev.allocpath.engine;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeRef;
import dev.allocpath.facts.VariableFact;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The binary layout of a {@link FactStore}: each record's components in declaration order, strings
 * through {@link CompactOutput}'s table. Written by hand because reading is on the path of every
 * cached run: Jackson's record binding (Smile) spent about a third of a cached re-scan building
 * records reflectively; this reads the same store several times faster.
 *
 * <p>A record gaining a component must be added here too; {@code FactStoreCodecTest} fills every
 * component of every fact type with a non-default value and fails if one does not survive the
 * round trip. The store name carries the allocpath build, so a changed layout never reads an
 * older store.
 */
final class FactStoreCodec {
  /** Distinguishes a store from any other file and from a store of an older layout. */
  private static final String MAGIC = "allocpath-facts/5";

  private FactStoreCodec() {}

  static void write(FactStore store, OutputStream stream) throws IOException {
    Writer out = new Writer(new CompactOutput(stream));
    out.out.string(MAGIC);
    out.out.string(store.toolVersion());
    out.list(store.classes(), out::classFact);
    out.list(store.aliases(), out::alias);
    out.list(store.functions(), out::function);
    out.list(store.macros(), out::macro);
    out.list(store.calls(), out::call);
    out.list(store.variables(), out::variable);
    out.list(store.assignments(), out::assignment);
    out.list(store.returns(), out::returned);
    out.out.sizeOrNull(store.units(), store.units() == null ? 0 : store.units().size());
    if (store.units() != null) {
      for (var entry : store.units().entrySet()) {
        out.out.string(entry.getKey());
        out.unit(entry.getValue());
      }
    }
  }

  /** @throws IOException when the input is not a whole store of this layout */
  static FactStore read(InputStream stream) throws IOException {
    Reader in = new Reader(new CompactInput(stream));
    if (!MAGIC.equals(in.in.string())) {
      throw new IOException("not a fact store of this allocpath version");
    }
    String toolVersion = in.in.string();
    List<ClassFact> classes = in.list(in::classFact);
    List<TypeAliasFact> aliases = in.list(in::alias);
    List<FunctionFact> functions = in.list(in::function);
    List<MacroFact> macros = in.list(in::macro);
    List<CallFact> calls = in.list(in::call);
    List<VariableFact> variables = in.list(in::variable);
    List<AssignmentFact> assignments = in.list(in::assignment);
    List<ReturnFact> returns = in.list(in::returned);
    int units = in.in.sizeOrNull();
    Map<String, FactStore.Unit> byKey = units < 0 ? null : new LinkedHashMap<>();
    for (int i = 0; i < units; i++) {
      byKey.put(in.in.string(), in.unit());
    }
    return new FactStore(toolVersion, classes, aliases, functions, macros, calls, variables, assignments, returns,
        byKey);
  }

  @FunctionalInterface
  private interface ItemWriter<T> {
    void write(T item) throws IOException;
  }

  @FunctionalInterface
  private interface ItemReader<T> {
    T read() throws IOException;
  }

  private static final class Writer {
    final CompactOutput out;

    Writer(CompactOutput out) {
      this.out = out;
    }

    <T> void list(List<T> items, ItemWriter<T> item) throws IOException {
      out.sizeOrNull(items, items == null ? 0 : items.size());
      if (items != null) {
        for (T t : items) {
          item.write(t);
        }
      }
    }

    /** Records may be null where a component is optional; a leading flag says which. */
    <T> void optional(T value, ItemWriter<T> item) throws IOException {
      out.bool(value != null);
      if (value != null) {
        item.write(value);
      }
    }

    void strings(List<String> items) throws IOException {
      list(items, out::string);
    }

    void rows(int[] rows) throws IOException {
      out.sizeOrNull(rows, rows == null ? 0 : rows.length);
      if (rows != null) {
        for (int row : rows) {
          out.number(row);
        }
      }
    }

    void unit(FactStore.Unit u) throws IOException {
      Map<String, String> hashes = u.fileHashes() == null ? null : new TreeMap<>(u.fileHashes());
      out.sizeOrNull(hashes, hashes == null ? 0 : hashes.size());
      if (hashes != null) {
        for (var entry : hashes.entrySet()) {
          out.string(entry.getKey());
          out.string(entry.getValue());
        }
      }
      out.string(u.unitPath());
      out.string(u.component());
      out.signed(u.lineCount());
      strings(u.includedFiles());
      rows(u.classes());
      rows(u.aliases());
      rows(u.functions());
      rows(u.calls());
      rows(u.variables());
      rows(u.macros());
      list(u.problems(), this::notification);
      rows(u.assignments());
      rows(u.returns());
    }

    void location(SourceLocation l) throws IOException {
      optional(l, v -> {
        out.string(v.path());
        out.signed(v.line());
        out.signed(v.column());
        out.signed(v.endLine());
        out.signed(v.endColumn());
      });
    }

    void type(TypeRef t) throws IOException {
      optional(t, v -> {
        out.string(v.spelled());
        out.bool(v.indirect());
        strings(v.arrayDimensions());
      });
    }

    void classFact(ClassFact c) throws IOException {
      out.string(c.qualifiedName());
      out.string(c.name());
      out.string(c.keyword());
      strings(c.bases());
      strings(c.templateParameters());
      list(c.members(), this::member);
      location(c.location());
    }

    void member(MemberFact m) throws IOException {
      out.string(m.name());
      type(m.type());
      out.bool(m.isStatic());
      location(m.location());
    }

    void alias(TypeAliasFact a) throws IOException {
      out.string(a.qualifiedName());
      out.string(a.name());
      type(a.target());
      strings(a.templateParameters());
      location(a.location());
    }

    void function(FunctionFact f) throws IOException {
      out.string(f.qualifiedName());
      out.string(f.name());
      out.string(f.ownerClass());
      strings(f.parameterNames());
      strings(f.parameterTypes());
      location(f.location());
      strings(f.returnedCalls());
      out.bool(f.endless());
    }

    void macro(MacroFact m) throws IOException {
      out.string(m.name());
      out.string(m.parameters());
      out.string(m.expansion());
      location(m.location());
    }

    void call(CallFact c) throws IOException {
      out.string(c.callee());
      out.string(c.qualifiedCallee());
      out.string(c.receiver());
      strings(c.templateArguments());
      list(c.arguments(), a -> {
        out.string(a.text());
        out.string(a.storage());
        out.string(a.value() == null ? null : a.value().toString());
      });
      location(c.location());
      out.string(c.macro());
      out.string(c.enclosingFunction());
    }

    void variable(VariableFact v) throws IOException {
      out.string(v.qualifiedName());
      out.string(v.name());
      type(v.type());
      out.string(v.storage() == null ? null : v.storage().name());
      out.bool(v.isConst());
      out.bool(v.isExtern());
      out.string(v.initializer());
      out.string(v.enclosingFunction());
      location(v.location());
      out.string(v.section());
    }

    void notification(Notification n) throws IOException {
      out.string(n.level() == null ? null : n.level().name());
      out.string(n.kind());
      out.string(n.message());
      location(n.location());
    }

    void assignment(AssignmentFact a) throws IOException {
      out.string(a.target());
      out.string(a.kind() == null ? null : a.kind().name());
      out.string(a.valueText());
      out.string(a.valueStorage());
      optional(a.valueCall(), this::call);
      location(a.location());
      out.string(a.enclosingFunction());
    }

    void returned(ReturnFact r) throws IOException {
      out.string(r.storage());
      out.string(r.enclosingFunction());
      location(r.location());
    }
  }

  private static final class Reader {
    final CompactInput in;

    Reader(CompactInput in) {
      this.in = in;
    }

    <T> List<T> list(ItemReader<T> item) throws IOException {
      int size = in.sizeOrNull();
      if (size < 0) {
        return null;
      }
      List<T> items = new ArrayList<>(Math.min(size, 1024));
      for (int i = 0; i < size; i++) {
        items.add(item.read());
      }
      return items;
    }

    <T> T optional(ItemReader<T> item) throws IOException {
      return in.bool() ? item.read() : null;
    }

    List<String> strings() throws IOException {
      return list(in::string);
    }

    /** A folded argument value, written as its decimal text (null when there was none). */
    static Long argumentValue(String text) throws IOException {
      if (text == null) {
        return null;
      }
      try {
        return Long.valueOf(text);
      } catch (NumberFormatException e) {
        throw new IOException("damaged argument value");
      }
    }

    int[] rows() throws IOException {
      int size = in.sizeOrNull();
      if (size < 0) {
        return null;
      }
      // Grown as read: a damaged size then fails at the end of the input, not in an allocation.
      int[] rows = new int[Math.min(size, 1024)];
      for (int i = 0; i < size; i++) {
        if (i == rows.length) {
          rows = Arrays.copyOf(rows, Math.min(size, rows.length * 2));
        }
        rows[i] = in.integer();
      }
      return rows;
    }

    FactStore.Unit unit() throws IOException {
      int hashCount = in.sizeOrNull();
      Map<String, String> hashes = hashCount < 0 ? null : new LinkedHashMap<>();
      for (int i = 0; i < hashCount; i++) {
        hashes.put(in.string(), in.string());
      }
      return new FactStore.Unit(hashes, in.string(), in.string(), in.signed(), strings(),
          rows(), rows(), rows(), rows(), rows(), rows(), list(this::notification), rows(), rows());
    }

    SourceLocation location() throws IOException {
      return optional(() -> new SourceLocation(in.string(), in.signed(), in.signed(), in.signed(), in.signed()));
    }

    TypeRef type() throws IOException {
      return optional(() -> new TypeRef(in.string(), in.bool(), strings()));
    }

    ClassFact classFact() throws IOException {
      return new ClassFact(in.string(), in.string(), in.string(), strings(), strings(), list(this::member), location());
    }

    MemberFact member() throws IOException {
      return new MemberFact(in.string(), type(), in.bool(), location());
    }

    TypeAliasFact alias() throws IOException {
      return new TypeAliasFact(in.string(), in.string(), type(), strings(), location());
    }

    FunctionFact function() throws IOException {
      return new FunctionFact(in.string(), in.string(), in.string(), strings(), strings(), location(),
          strings(), in.bool());
    }

    MacroFact macro() throws IOException {
      return new MacroFact(in.string(), in.string(), in.string(), location());
    }

    CallFact call() throws IOException {
      return new CallFact(in.string(), in.string(), in.string(), strings(),
          list(() -> new ArgumentFact(in.string(), in.string(), argumentValue(in.string()))), location(), in.string(), in.string());
    }

    VariableFact variable() throws IOException {
      return new VariableFact(in.string(), in.string(), type(), constant(VariableFact.Storage.class),
          in.bool(), in.bool(), in.string(), in.string(), location(), in.string());
    }

    Notification notification() throws IOException {
      return new Notification(constant(Severity.class), in.string(), in.string(), location());
    }

    AssignmentFact assignment() throws IOException {
      return new AssignmentFact(in.string(), constant(AssignmentFact.Kind.class), in.string(), in.string(),
          optional(this::call), location(), in.string());
    }

    ReturnFact returned() throws IOException {
      return new ReturnFact(in.string(), in.string(), location());
    }

    private <E extends Enum<E>> E constant(Class<E> type) throws IOException {
      String name = in.string();
      if (name == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw new IOException("unknown " + type.getSimpleName() + " in the fact store: " + name);
      }
    }
  }
}
