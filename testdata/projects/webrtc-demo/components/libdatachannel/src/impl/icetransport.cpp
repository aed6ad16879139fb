#include "icetransport.hpp"

#include <cstring>

namespace rtc::impl {

void IceTransport::Init() { juice_set_log_level(JUICE_LOG_LEVEL_WARN); }

void IceTransport::Cleanup() {}

IceTransport::IceTransport(uint16_t portBegin, uint16_t portEnd,
                           candidate_callback candidateCallback, state_callback stateCallback,
                           gathering_callback gatheringCallback)
    : Transport(nullptr, std::move(stateCallback)), mAgent(nullptr, juice_destroy),
      mCandidateCallback(std::move(candidateCallback)),
      mGatheringCallback(std::move(gatheringCallback)) {
	juice_config_t config;
	std::memset(&config, 0, sizeof(config));
	config.local_port_range_begin = portBegin;
	config.local_port_range_end = portEnd;
	config.cb_state_changed = &IceTransport::OnJuiceState;
	config.cb_candidate = &IceTransport::OnJuiceCandidate;
	config.cb_gathering_done = &IceTransport::OnJuiceGatheringDone;
	config.cb_recv = &IceTransport::OnJuiceRecv;
	config.user_ptr = this;

	mAgent.reset(juice_create(&config));
	if (!mAgent)
		throw std::runtime_error("Failed to create the ICE agent");
}

IceTransport::~IceTransport() { mAgent.reset(); }

Description IceTransport::localDescription(Description::Type type) const {
	char sdp[JUICE_MAX_SDP_STRING_LEN];
	if (juice_get_local_description(mAgent.get(), sdp, sizeof(sdp)) < 0)
		throw std::runtime_error("Failed to generate the local ICE description");
	return Description(string(sdp), type);
}

void IceTransport::setRemoteDescription(const Description &description) {
	if (juice_set_remote_description(mAgent.get(), description.sdp().c_str()) < 0)
		throw std::invalid_argument("Invalid ICE settings in the remote description");
}

void IceTransport::addRemoteCandidate(const Candidate &candidate) {
	juice_add_remote_candidate(mAgent.get(), candidate.candidate().c_str());
}

void IceTransport::gatherLocalCandidates() {
	mGatheredCandidates.clear();
	if (mGatheringCallback)
		mGatheringCallback(GatheringState::InProgress);
	juice_gather_candidates(mAgent.get());
}

bool IceTransport::send(message_ptr message) {
	if (!message || state() != State::Connected)
		return false;
	const auto *data = reinterpret_cast<const char *>(message->data());
	return juice_send(mAgent.get(), data, message->size()) >= 0;
}

void IceTransport::OnJuiceState(juice_agent_t *, juice_state_t state, void *user) {
	auto *self = static_cast<IceTransport *>(user);
	switch (state) {
	case JUICE_STATE_CONNECTING:
		self->changeState(State::Connecting);
		break;
	case JUICE_STATE_CONNECTED:
		self->changeState(State::Connected);
		break;
	case JUICE_STATE_COMPLETED:
		self->changeState(State::Completed);
		break;
	case JUICE_STATE_FAILED:
		self->changeState(State::Failed);
		break;
	default:
		self->changeState(State::Disconnected);
		break;
	}
}

void IceTransport::OnJuiceCandidate(juice_agent_t *, const char *sdp, void *user) {
	auto *self = static_cast<IceTransport *>(user);
	Candidate candidate(sdp, self->mMid);
	self->mGatheredCandidates.push_back(candidate);
	if (self->mCandidateCallback)
		self->mCandidateCallback(candidate);
}

void IceTransport::OnJuiceGatheringDone(juice_agent_t *, void *user) {
	auto *self = static_cast<IceTransport *>(user);
	if (self->mGatheringCallback)
		self->mGatheringCallback(GatheringState::Complete);
}

void IceTransport::OnJuiceRecv(juice_agent_t *, const char *data, size_t size, void *user) {
	auto *self = static_cast<IceTransport *>(user);
	auto *bytes = reinterpret_cast<const std::byte *>(data);
	self->recv(make_shared<binary>(bytes, bytes + size));
}

} // namespace rtc::impl
