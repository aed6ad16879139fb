# A string doubled in a loop reaches gigabytes in a few dozen steps: at the size limit the
# command is skipped and the rest of this file is not evaluated.
set(big "x")
foreach(i RANGE 40)
  set(big "${big}${big}")
endforeach()
idf_component_register(SRCS bad.c)
