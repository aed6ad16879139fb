#pragma once

#include <mutex>

namespace audio {

class Player {
public:
	void play(const char *uri);
	void stop();

private:
	std::mutex mLock; // expect: esp-mutex-member "audio::Player::mLock'"
	bool mPlaying = false;
};

} // namespace audio
