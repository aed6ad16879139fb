#include "rtc/description.hpp"

#include <sstream>

namespace rtc {

Candidate::Candidate(string candidate, string mid)
    : mCandidate(std::move(candidate)), mMid(std::move(mid)) {
	const string prefix = "a=";
	if (mCandidate.compare(0, prefix.size(), prefix) == 0)
		mCandidate.erase(0, prefix.size());
}

bool Candidate::isHostCandidate() const { return mCandidate.find(" typ host") != string::npos; }

Description::Description(string sdp, Type type) : mType(type), mSdp(std::move(sdp)) {}

string Description::typeString() const {
	switch (mType) {
	case Type::Offer:
		return "offer";
	case Type::Answer:
		return "answer";
	case Type::Rollback:
		return "rollback";
	default:
		return "unspec";
	}
}

optional<string> Description::iceUfrag() const {
	std::istringstream lines(mSdp);
	string line;
	const string key = "a=ice-ufrag:";
	while (std::getline(lines, line))
		if (line.compare(0, key.size(), key) == 0)
			return line.substr(key.size());
	return nullopt;
}

} // namespace rtc
