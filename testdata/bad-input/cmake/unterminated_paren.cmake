idf_component_register(SRCS bad.c
  INCLUDE_DIRS include
