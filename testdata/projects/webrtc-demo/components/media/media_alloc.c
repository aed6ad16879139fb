/*
 * The allocation wrapper. The malloc here is not reported itself: its callers are, with the
 * size each of them asks for.
 */
#include "media_alloc.h"

#include <stdio.h>
#include <stdlib.h>

static unsigned failed_allocations;

void *media_alloc(size_t size)
{
    void *block = malloc(size);
    if (block == NULL) {
        failed_allocations++;
    }
    return block;
}
