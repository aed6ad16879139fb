#include <stddef.h>

void *__real_calloc(size_t count, size_t size);

void *__wrap_calloc(size_t count, size_t size)
{
    return __real_calloc(count, size);
}
