package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FactInterner;
import dev.allocpath.facts.MacroFact;
import dev.allocpath.facts.RecordFiller;
import dev.allocpath.facts.UnitFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written store layout: nothing lost, same bytes every time, damage is an exception. */
class FactStoreCodecTest {

  @Test
  void everyComponentOfEveryFactSurvivesTheRoundTrip() throws IOException {
    // Every record component filled with a distinct non-default value, found by reflection: a
    // component added to a fact type but not to the codec comes back empty and fails here.
    UnitFacts facts = new RecordFiller().record(UnitFacts.class);
    Map<String, String> hashes = ordered("components/a/b.h", "12ab", "components/a/a.c", "34cd");

    FactStore back = roundTrip(storeOf(hashes, facts));

    assertEquals("v", back.toolVersion());
    FactStore.Unit unit = back.units().get("k");
    assertEquals(hashes, unit.fileHashes());
    assertEquals(facts, back.loaded().facts(unit, new FactInterner()));
  }

  @Test
  void optionalPartsComeBackAsNull() throws IOException {
    SourceLocation at = new SourceLocation("a.c", 3, 1, 3, 9);
    CallFact call = new CallFact("malloc", "malloc", null, List.of(), List.of(), at, null, "f");
    UnitFacts facts = new UnitFacts("a.c", "a", 3, List.of(), List.of(), List.of(), List.of(), List.of(call),
        List.of(), List.of(new MacroFact("N", null, "1", null)), List.of(),
        List.of(new AssignmentFact("p", AssignmentFact.Kind.ASSIGN, "x", null, null, at, "f")), List.of());

    FactStore back = roundTrip(storeOf(null, facts));

    assertEquals(null, back.units().get("k").fileHashes());
    assertEquals(facts, back.loaded().facts(back.units().get("k"), new FactInterner()));
  }

  @Test
  void aCallRepeatedInTwoUnitsIsStoredOnceAndReadBackAsOneObject() throws IOException {
    SourceLocation inHeader = new SourceLocation("h.h", 4, 3, 4, 12);
    List<ArgumentFact> size = List.of(new ArgumentFact("n", null, null));
    // Equal, but separate objects, as two parses would make them.
    CallFact first = new CallFact("malloc", "malloc", null, List.of(), size, inHeader, null, "grow");
    CallFact second = new CallFact("malloc", "malloc", null, List.of(), List.copyOf(size), inHeader, null, "grow");
    CallFact own = new CallFact("free", "free", null, List.of(), List.of(), new SourceLocation("b.c", 9, 1, 9, 8), null, "g");
    Map<String, FactStore.Stored> entries = new LinkedHashMap<>();
    entries.put("a", new FactStore.Stored(null, unitWithCalls("a.c", List.of(first))));
    entries.put("b", new FactStore.Stored(null, unitWithCalls("b.c", List.of(second, own))));

    FactStore back = roundTrip(FactStore.of("v", entries));

    assertEquals(List.of(first, own), back.calls());
    FactStore.Loaded loaded = back.loaded();
    FactInterner interner = new FactInterner();
    CallFact inA = loaded.facts(back.units().get("a"), interner).calls().get(0);
    List<CallFact> inB = loaded.facts(back.units().get("b"), interner).calls();
    assertEquals(List.of(second, own), inB);
    assertSame(inA, inB.get(0));
  }

  private static UnitFacts unitWithCalls(String path, List<CallFact> calls) {
    return new UnitFacts(path, "c", 10, List.of("h.h"), List.of(), List.of(), List.of(), calls, List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  @Test
  void theSameEntriesGiveTheSameBytes() throws IOException {
    UnitFacts facts = new RecordFiller().record(UnitFacts.class);

    byte[] first = bytes(storeOf(ordered("a.h", "1", "b.h", "2"), facts));
    byte[] second = bytes(storeOf(ordered("b.h", "2", "a.h", "1"), facts));

    assertArrayEquals(first, second);
  }

  @Test
  void aTruncatedStoreIsAnIoExceptionAtEveryLength() throws IOException {
    byte[] whole = bytes(storeOf(Map.of("a.c", "1"), new RecordFiller().record(UnitFacts.class)));
    for (int length = 0; length < whole.length; length++) {
      byte[] part = Arrays.copyOf(whole, length);
      assertThrows(IOException.class, () -> read(part), "cut at " + length + " of " + whole.length);
    }
  }

  @Test
  void flippedBytesEndInAnExceptionOrAStoreNeverAHangOrAHugeAllocation() throws IOException {
    byte[] whole = bytes(storeOf(Map.of("a.c", "1"), new RecordFiller().record(UnitFacts.class)));
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      byte[] damaged = whole.clone();
      damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      try {
        read(damaged);
      } catch (IOException | RuntimeException expected) {
        // FactCache treats both as a miss
      }
    }
  }

  @Test
  void otherFilesAreNotStores() {
    assertThrows(IOException.class, () -> read("{\"toolVersion\":\"v\"}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IOException.class, () -> read(new byte[] {1, 5, 'h', 'e', 'l', 'l', 'o'}));
  }

  /** A store of tool version "v" with one entry, key "k". */
  private static FactStore storeOf(Map<String, String> hashes, UnitFacts facts) {
    return FactStore.of("v", Map.of("k", new FactStore.Stored(hashes, facts)));
  }

  /** A map in the order given: keys and values alternating. */
  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static FactStore roundTrip(FactStore store) throws IOException {
    return read(bytes(store));
  }

  private static byte[] bytes(FactStore store) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FactStoreCodec.write(store, out);
    return out.toByteArray();
  }

  private static FactStore read(byte[] bytes) throws IOException {
    return FactStoreCodec.read(new ByteArrayInputStream(bytes));
  }
}
