idf_component_register(SRCS "bad.c)
