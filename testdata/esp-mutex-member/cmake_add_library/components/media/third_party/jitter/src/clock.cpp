#include "jitter/buffer.hpp"
#include "stats.hpp"

namespace jitter {

int late_packets(const Stats &stats) {
	return stats.mLate;
}

} // namespace jitter
