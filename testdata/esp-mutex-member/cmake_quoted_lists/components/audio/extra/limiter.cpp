#include <mutex>

// AUDIO_TRACE=0 is the second element of the quoted list: the member below is not compiled.
struct Limiter {
#if AUDIO_TRACE
	std::mutex mTraceLock; // ok: esp-mutex-member
#endif
	float mCeiling = 0.9f;
};

float limiter_ceiling(const Limiter &limiter) {
	return limiter.mCeiling;
}
