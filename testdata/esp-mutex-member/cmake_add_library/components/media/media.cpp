#include "jitter/buffer.hpp"

// The library's PUBLIC include directory and definitions reach this file: the Buffer member
// holds the library's mutex.
class Stream {
public:
	void feed(int packet) { mBuffer.push(packet); }

private:
	jitter::Buffer mBuffer; // expect: esp-mutex-member "Stream::mBuffer'" "1 std::mutex"
};

// JITTER_STATS is PRIVATE to the library: not defined here.
#if JITTER_STATS
struct MediaStats {
	std::mutex mLock; // ok: esp-mutex-member
};
#endif

void media_feed(Stream &stream, int packet) {
	stream.feed(packet);
}
