#include <mutex>

// DSP_LOCKED and DSP_STATS come from one quoted list in set_source_files_properties.
struct IIRFilter {
#if DSP_LOCKED && DSP_STATS
	std::mutex mLock; // expect: esp-mutex-member "IIRFilter::mLock'"
#endif
	float mTaps[16];
};

float iir_first_tap(const IIRFilter &filter) {
	return filter.mTaps[0];
}
