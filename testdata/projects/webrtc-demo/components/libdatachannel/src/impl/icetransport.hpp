// ICE connectivity through libjuice.
#pragma once

#include "rtc/description.hpp"
#include "transport.hpp"

#include "juice/juice.h"

#include <memory>
#include <vector>

namespace rtc::impl {

class IceTransport final : public Transport {
public:
	enum class GatheringState { New, InProgress, Complete };

	using candidate_callback = std::function<void(const Candidate &)>;
	using gathering_callback = std::function<void(GatheringState)>;

	static void Init();
	static void Cleanup();

	IceTransport(uint16_t portBegin, uint16_t portEnd, candidate_callback candidateCallback,
	             state_callback stateCallback, gathering_callback gatheringCallback);
	~IceTransport() override;

	Description localDescription(Description::Type type) const;
	void setRemoteDescription(const Description &description);
	void addRemoteCandidate(const Candidate &candidate);
	void gatherLocalCandidates();

	bool send(message_ptr message) override;

private:
	static void OnJuiceState(juice_agent_t *agent, juice_state_t state, void *user);
	static void OnJuiceCandidate(juice_agent_t *agent, const char *sdp, void *user);
	static void OnJuiceGatheringDone(juice_agent_t *agent, void *user);
	static void OnJuiceRecv(juice_agent_t *agent, const char *data, size_t size, void *user);

	// The agent is a C object owned through a deleter: a pointer, no lock of ours inside.
	std::unique_ptr<juice_agent_t, void (*)(juice_agent_t *)> mAgent;

	candidate_callback mCandidateCallback;
	gathering_callback mGatheringCallback;
	std::vector<Candidate> mGatheredCandidates;
	string mMid = "0";
};

} // namespace rtc::impl
