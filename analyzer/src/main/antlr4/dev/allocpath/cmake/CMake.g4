// The CMake language, as much as allocpath needs to read CMakeLists.txt and *.cmake files.
// Argument text is kept raw (escapes, ${VAR}, $ENV{VAR}, generator expressions): evaluation is
// the evaluator's job, because CMake expands arguments only when a command runs.
grammar CMake;

@lexer::members {
  /** Start lines of bracket arguments that never close (the token runs to the end of the file). */
  public final java.util.List<Integer> unterminatedBrackets = new java.util.ArrayList<>();
  /** Start lines of bracket comments that never close. */
  public final java.util.List<Integer> unterminatedComments = new java.util.ArrayList<>();

  /**
   * Called after an opener such as "[==[" (or "#[==["): consumes the body up to the closer with the
   * same number of '='. Lexer rules cannot count, so this is done by hand. Without a closer the token
   * runs to the end of the file and its line is recorded for the reader to report.
   */
  private void finishBracket(java.util.List<Integer> unterminated) {
    String opener = getText();
    int equals = 0;
    for (int i = 0; i < opener.length(); i++) {
      if (opener.charAt(i) == '=') {
        equals++;
      }
    }
    while (true) {
      int c = _input.LA(1);
      if (c == CharStream.EOF) {
        unterminated.add(_tokenStartLine);
        return;
      }
      if (c == ']' && closes(equals)) {
        for (int i = 0; i < equals + 2; i++) {
          getInterpreter().consume(_input);
        }
        return;
      }
      getInterpreter().consume(_input);
    }
  }

  private boolean closes(int equals) {
    for (int i = 0; i < equals; i++) {
      if (_input.LA(2 + i) != '=') {
        return false;
      }
    }
    return _input.LA(2 + equals) == ']';
  }
}

file      : element* EOF ;
element   : command | stray ;
command   : UNQUOTED LPAREN arguments RPAREN ;
arguments : ( argument | LPAREN arguments RPAREN )* ;
argument  : QUOTED | UNQUOTED | BRACKET | QUOTED_UNTERMINATED ;
// Anything that cannot start a command at the top level; the reader reports it.
stray     : QUOTED | BRACKET | LPAREN | RPAREN | QUOTED_UNTERMINATED ;

BRACKET_COMMENT : '#[' '='* '[' { finishBracket(unterminatedComments); setChannel(HIDDEN); } ;
// A '#' that does not open a bracket comment comments out the rest of the line.
LINE_COMMENT    : '#' ( ~[[\r\n] ~[\r\n]* | '[' '='* ( ~[[=\r\n] ~[\r\n]* )? )? -> channel(HIDDEN) ;
BRACKET         : '[' '='* '[' { finishBracket(unterminatedBrackets); } ;
QUOTED          : '"' QUOTED_ELEMENT* '"' ;
// Longest match: this only wins when no closing quote follows, i.e. it runs to the end of the file.
QUOTED_UNTERMINATED : '"' QUOTED_ELEMENT* ;
UNQUOTED        : ( UNQUOTED_ELEMENT | '=' | '[' '='* UNQUOTED_ELEMENT )
                  ( UNQUOTED_ELEMENT | LEGACY_QUOTE | '[' | '=' )* ;
LPAREN          : '(' ;
RPAREN          : ')' ;
SPACE           : [ \t]+ -> channel(HIDDEN) ;
NEWLINE         : ( '\r'? '\n' | '\r' ) -> channel(HIDDEN) ;

// Any character but a quote or a backslash, or a backslash pair (escape or line continuation).
fragment QUOTED_ELEMENT   : ~["\\] | '\\' . ;
fragment UNQUOTED_ELEMENT : ~[ \t\r\n()#"\\[=] | '\\' ~[\r\n] | MAKE_VARIABLE ;
// Legacy make-style pieces CMake still accepts inside unquoted arguments: -DX="a b", $(CC).
fragment LEGACY_QUOTE     : '"' ( UNQUOTED_ELEMENT | [ \t[=] )* '"' ;
fragment MAKE_VARIABLE    : '$(' [A-Za-z0-9_]* ')' ;
