package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

  @Test
  void typeSpellingIsIndependentOfFormatting() {
    assertEquals("std::array<std::mutex, 4>", Spelling.type("std::array< std::mutex , 4 >"));
    assertEquals("std::map<int, std::vector<int>>", Spelling.type("std :: map<int,std::vector< int > >"));
    assertEquals("unsigned long long", Spelling.type("unsigned \n long   long"));
    assertEquals("char *", Spelling.type("char  *"));
    assertEquals("void (*)(int)", Spelling.type("void  (*)( int )"));
    assertEquals("int[5]", Spelling.type("int [5]"));
  }

  @Test
  void textWithNothingToRewriteIsReturnedAsItIs() {
    String name = "std::vector<std::mutex>";
    assertSame(name, Spelling.type(name));
    String call = "f(a,b)";
    assertSame(call, Spelling.collapse(call), "collapse leaves commas alone");
    assertEquals("f(a, b)", Spelling.type(call), "type spacing adds a space after a comma");
    assertEquals("a/b", Spelling.collapse("a/b"), "a division is not a comment");
    assertEquals("x", Spelling.collapse("x/**/"));
  }

  @Test
  void collapseDropsCommentsAndKeepsLiterals() {
    assertEquals("f(a, b)", Spelling.collapse("f(a, /* why */\n   b) // done"));
    assertEquals("\"two  spaces /* not a comment */\" + 'x'",
        Spelling.collapse("\"two  spaces /* not a comment */\"  +  'x'"));
    assertEquals("\"esc\\\"aped  \"", Spelling.collapse("\"esc\\\"aped  \""));
  }

  @Test
  void templateArgumentsOfASpelledType() {
    assertEquals(List.of("int", "std::pair<a, b>"), TemplateArguments.split("std::map<int, std::pair<a, b>>"));
    assertEquals(List.of("std::mutex", "4"), TemplateArguments.split("std::array<std::mutex, 4>"));
    assertEquals(List.of(), TemplateArguments.split("std::thread"));
  }

  @Test
  void templateArgumentsAreRemovedFromNamesButNotFromOperators() {
    assertEquals("std::make_shared", Names.withoutTemplateArguments("std::make_shared<Foo>"));
    assertEquals("A::f", Names.withoutTemplateArguments("A<T, std::vector<int>>::f"));
    assertEquals("operator<<", Names.withoutTemplateArguments("operator<<"));
  }
}
