/* Redirects the C heap to PSRAM only when the including component opts in. */
#pragma once

#include <stddef.h>

void *heap_caps_malloc(size_t size, unsigned caps);

#ifdef CONFIG_SPIRAM_REDIRECT
#define malloc(n) heap_caps_malloc((n), 1u << 10)
#endif
