#include <stddef.h>

int __real_posix_memalign(void **out, size_t alignment, size_t size);

int __wrap_posix_memalign(void **out, size_t alignment, size_t size)
{
    return __real_posix_memalign(out, alignment, size);
}
