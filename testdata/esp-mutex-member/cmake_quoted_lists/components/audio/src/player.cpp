#include "audio/player.hpp"
#include "mixer.hpp"

namespace audio {

void Player::play(const char *uri) {
	std::lock_guard<std::mutex> guard(mLock);
	mPlaying = uri != nullptr;
}

void Player::stop() {
	std::lock_guard<std::mutex> guard(mLock);
	mPlaying = false;
}

} // namespace audio
