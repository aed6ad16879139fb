#include "mixer.hpp"

static int mixer_gain(const Mixer &m) {
	return m.mChannels * 2;
}

int mixer_default_gain() {
	Mixer m;
	return mixer_gain(m);
}
