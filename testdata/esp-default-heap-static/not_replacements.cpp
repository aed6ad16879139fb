// esp-default-heap-static: none of these replaces the global operator new, so static
// containers are still reported: a placement-style overload with its own argument, a
// class-specific operator new, a declaration without a body, an operator delete alone, and
// a replacement in a disabled #if block.
#include <cstddef>
#include <new>
#include <vector>

struct Arena {
	void *take(std::size_t size);
};

void *operator new(std::size_t size, Arena &arena) {
	return arena.take(size);
}

class Pooled {
public:
	static void *operator new(std::size_t size);
	static void operator delete(void *p);
};

void *Pooled::operator new(std::size_t size) {
	return ::operator new(size);
}

void *operator new[](std::size_t size);

void operator delete(void *p) noexcept {
	(void)p;
}

#if 0
void *operator new(std::size_t size) {
	return nullptr;
}
#endif

std::vector<int> gStillInternal; // expect: esp-default-heap-static "'gStillInternal'" "operator new, which this project does not replace"
