#include <mutex>

struct Dumper {
	std::mutex mLock; // ok: esp-mutex-member
	int mLines = 0;
};

int dumped_lines(const Dumper &d) {
	return d.mLines;
}
