package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorageAliasesTest {
  @Test
  void aKeyIsItsOwnAliasEvenWhenNeverMentioned() {
    StorageAliases aliases = new StorageAliases();
    assertTrue(aliases.same("local:f:t", "local:f:t"));
    assertFalse(aliases.same("local:f:t", "local:f:u"));
  }

  @Test
  void aliasingIsTransitiveAcrossChains() {
    StorageAliases aliases = new StorageAliases();
    aliases.union("local:f:t", "field:Owner:mThread");
    aliases.union("local:g:joined", "local:g:threads[]");
    aliases.union("field:Owner:mThread", "local:g:threads[]");
    assertTrue(aliases.same("local:f:t", "local:g:joined"));
    assertFalse(aliases.same("local:f:t", "global:other"));
  }

  @Test
  void theGroupingDoesNotDependOnTheOrderOfUnions() {
    StorageAliases forward = new StorageAliases();
    forward.union("b", "c");
    forward.union("a", "b");
    forward.union("d", "c");
    StorageAliases backward = new StorageAliases();
    backward.union("d", "c");
    backward.union("a", "b");
    backward.union("c", "b");
    for (String key : new String[] {"a", "b", "c", "d"}) {
      assertEquals("a", forward.root(key));
      assertEquals("a", backward.root(key));
    }
  }

  @Test
  void unitingAKeyWithItselfChangesNothing() {
    StorageAliases aliases = new StorageAliases();
    aliases.union("x", "x");
    assertEquals("x", aliases.root("x"));
    assertFalse(aliases.same("x", "y"));
  }
}
