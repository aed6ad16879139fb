include(${CMAKE_CURRENT_LIST_DIR}/does_not_exist.cmake)
idf_component_register(SRCS bad.c)
