#include <stddef.h>

void *__real_realloc(void *ptr, size_t size);

void *__wrap_realloc(void *ptr, size_t size)
{
    return __real_realloc(ptr, size);
}
