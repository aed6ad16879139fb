/*
 * Force-included (-include) into every translation unit of the components that want their
 * C heap in PSRAM: the preprocessor renames the C allocation functions to the PSRAM-backed
 * versions in src/impl/psram_allocator.cpp.
 *
 * This renames calls only. C++ `new` (and with it every std::vector, std::map or
 * std::function) still goes through the default operator new, i.e. internal RAM.
 */
#ifndef ESP32_MALLOC_REDIRECT_H
#define ESP32_MALLOC_REDIRECT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

void *esp32_psram_malloc(size_t size);
void *esp32_psram_calloc(size_t count, size_t size);
void *esp32_psram_realloc(void *ptr, size_t size);
void esp32_psram_free(void *ptr);
char *esp32_psram_strdup(const char *str);

#ifdef __cplusplus
}
#endif

#define malloc(size) esp32_psram_malloc(size)
#define calloc(count, size) esp32_psram_calloc(count, size)
#define realloc(ptr, size) esp32_psram_realloc(ptr, size)
#define free(ptr) esp32_psram_free(ptr)
#define strdup(str) esp32_psram_strdup(str)

#endif /* ESP32_MALLOC_REDIRECT_H */
