#pragma once

#include <stdlib.h>

#define NEW_ZEROED(type) ((type *)calloc(1, sizeof(type)))
#define DUP_LABEL(s) strdup(s)
#define ALLOC_BYTES(n) malloc(n)
#define ALLOC_FRAME(n) ALLOC_BYTES((n) + 32)
