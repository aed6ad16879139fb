#include <mutex>

// DSP_LOCKED and DSP_STATS come from one quoted list in set_source_files_properties.
struct FIRFilter {
#if DSP_LOCKED && DSP_STATS
	std::mutex mLock; // expect: esp-mutex-member "FIRFilter::mLock'"
#endif
	float mTaps[16];
};

float fir_first_tap(const FIRFilter &filter) {
	return filter.mTaps[0];
}
