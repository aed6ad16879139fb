// esp-unredirected-alloc in C++: std::malloc and ::malloc are the C allocator; a function of
// the same name in another namespace, a member function and operator new are not.
#include <cstdlib>
#include <cstring>

namespace pool {
void *malloc(std::size_t size);
}

class Arena {
public:
	void *malloc(std::size_t size);
};

void *callers(Arena &arena, const char *text) {
	void *a = std::malloc(16); // expect: esp-unredirected-alloc "'malloc'"
	void *b = ::calloc(2, 16); // expect: esp-unredirected-alloc "'calloc'"
	char *c = std::strdup(text); // expect: esp-unredirected-alloc "'strdup'"
	void *d = pool::malloc(16); // ok: esp-unredirected-alloc
	void *e = arena.malloc(16); // ok: esp-unredirected-alloc
	int *f = new int[4]; // ok: esp-unredirected-alloc
	std::free(a);
	delete[] f;
	(void)b; (void)c; (void)d;
	return e;
}
