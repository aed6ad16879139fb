#include <mutex>

struct Equalizer {
#if AUDIO_GUARD
	std::mutex mBandsLock; // expect: esp-mutex-member "Equalizer::mBandsLock'"
#endif
	int mBands[10];
};

int eq_bands(const Equalizer &eq) {
	return eq.mBands[0];
}
