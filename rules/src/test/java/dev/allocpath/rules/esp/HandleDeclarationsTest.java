package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HandleDeclarationsTest {
  @Test
  void fieldsAreNamedByTypeAndFieldEvenWithNamespaces() {
    assertEquals("rtc::impl::Init::mTimerThread", HandleDeclarations.display("field:rtc::impl::Init:mTimerThread"));
    assertEquals("juice_agent::thread", HandleDeclarations.display("field:juice_agent:thread"));
  }

  @Test
  void localsDropTheirFunction() {
    assertEquals("t", HandleDeclarations.display("local:net::Stack::start:t"));
    assertEquals("tids[]", HandleDeclarations.display("local:run:tids[]"));
  }

  @Test
  void globalsKeepTheirQualifiedName() {
    assertEquals("app::g_worker", HandleDeclarations.display("global:app::g_worker"));
    assertEquals("g_pool[]", HandleDeclarations.display("global:g_pool[]"));
  }

  @Test
  void noHandleIsAnExpression() {
    assertEquals("an expression", HandleDeclarations.display(null));
  }
}
