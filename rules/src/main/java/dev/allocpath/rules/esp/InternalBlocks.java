package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Blocks the code asks for in internal RAM on purpose: {@code heap_caps_malloc},
 * {@code heap_caps_calloc} and {@code heap_caps_aligned_alloc} with {@code MALLOC_CAP_INTERNAL}
 * or {@code MALLOC_CAP_DMA} (DMA buffers, lwIP). They must stay internal, so they are not
 * findings; they belong in the bill. A stand-in until the heap placement model exposes the same
 * list: only the caps and a foldable size are read.
 */
public final class InternalBlocks {
  /**
   * One such block.
   *
   * @param bytes the folded size, null when it cannot be folded
   */
  public record Block(SourceLocation location, String component, String enclosingFunction, String how,
      String sizeText, Long bytes, ConstantExpressions.Basis basis, String caps) {}

  /** Allocation function → index of the size (and of the count for calloc, else -1) and of the caps. */
  private record Shape(int count, int size, int caps) {}

  private static final Map<String, Shape> FUNCTIONS = Map.of(
      "heap_caps_malloc", new Shape(-1, 0, 1),
      "heap_caps_calloc", new Shape(0, 1, 2),
      "heap_caps_aligned_alloc", new Shape(-1, 1, 2),
      "heap_caps_aligned_calloc", new Shape(1, 2, 3));

  private InternalBlocks() {}

  public static List<Block> find(ProjectFacts facts) {
    Map<SourceLocation, Block> bySite = new LinkedHashMap<>();
    for (var entry : ComponentCode.unitsByComponent(facts).entrySet()) {
      ConstantExpressions constants = ConstantExpressions.ofComponent(facts, entry.getKey());
      for (UnitFacts unit : entry.getValue()) {
        for (CallFact call : unit.calls()) {
          Shape shape = FUNCTIONS.get(call.callee());
          if (shape == null || call.receiver() != null || call.arguments().size() <= shape.caps()
              || bySite.containsKey(call.location())) {
            continue;
          }
          String caps = call.arguments().get(shape.caps()).text();
          if (MemoryCaps.of(caps, constants) != MemoryKind.INTERNAL) {
            continue;
          }
          String size = call.arguments().get(shape.size()).text();
          if (shape.count() >= 0) {
            size = "(" + call.arguments().get(shape.count()).text() + ") * (" + size + ")";
          }
          ConstantExpressions.Folded folded = constants.fold(size);
          bySite.put(call.location(), new Block(call.location(), entry.getKey(), call.enclosingFunction(),
              call.callee(), size, folded.value(), folded.basis(), caps));
        }
      }
    }
    List<Block> all = new ArrayList<>(bySite.values());
    all.sort(Comparator.comparing(Block::location));
    return List.copyOf(all);
  }
}
