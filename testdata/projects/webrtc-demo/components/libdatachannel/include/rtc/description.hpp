// SDP session descriptions and ICE candidates as exchanged over the signaling channel.
#pragma once

#include "common.hpp"

#include <vector>

namespace rtc {

class RTC_CPP_EXPORT Candidate {
public:
	Candidate() = default;
	explicit Candidate(string candidate, string mid = "");

	const string &candidate() const { return mCandidate; }
	const string &mid() const { return mMid; }
	bool isHostCandidate() const;

private:
	string mCandidate;
	string mMid;
};

class RTC_CPP_EXPORT Description {
public:
	enum class Type { Unspec, Offer, Answer, Rollback };

	Description() = default;
	Description(string sdp, Type type);

	Type type() const { return mType; }
	string typeString() const;
	const string &sdp() const { return mSdp; }

	void addCandidate(Candidate candidate) { mCandidates.push_back(std::move(candidate)); }
	const std::vector<Candidate> &candidates() const { return mCandidates; }
	optional<string> iceUfrag() const;

private:
	Type mType = Type::Unspec;
	string mSdp;
	std::vector<Candidate> mCandidates;
};

} // namespace rtc
