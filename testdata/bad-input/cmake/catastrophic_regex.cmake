# A pattern whose failing match backtracks through every way to place a dozen a's: the time
# limit stops the match and the rest of this file.
set(s "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")
string(REGEX MATCH "^.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*b" out "${s}")
idf_component_register(SRCS bad.c)
