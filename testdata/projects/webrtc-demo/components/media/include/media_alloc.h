/*
 * The media path's allocator hook: every allocation goes through media_alloc(), which counts
 * failures. Callers use the MEDIA_ALLOC macro, so the size and the purpose are at the call site.
 */
#ifndef MEDIA_ALLOC_H
#define MEDIA_ALLOC_H

#include <stddef.h>

void *media_alloc(size_t size);

#define MEDIA_ALLOC(size) media_alloc(size)

#endif
