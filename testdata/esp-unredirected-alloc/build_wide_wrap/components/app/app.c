/* The build wraps malloc at link time; strdup is served by newlib through _malloc_r and is
   not covered by that wrap. */
#include <stdlib.h>
#include <string.h>

char *app_copy(const char *text) {
  char *buffer = malloc(16); // ok: esp-unredirected-alloc
  free(buffer);
  return strdup(text); // expect: esp-unredirected-alloc "'strdup'" "'app'"
}
