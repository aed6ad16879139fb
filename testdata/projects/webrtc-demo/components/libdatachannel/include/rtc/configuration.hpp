#pragma once

#include "common.hpp"

#include <vector>

namespace rtc {

struct RTC_CPP_EXPORT IceServer {
	IceServer(string url) : url(std::move(url)) {}
	string url;
	optional<string> username;
	optional<string> password;
};

struct RTC_CPP_EXPORT Configuration {
	std::vector<IceServer> iceServers;
	uint16_t portRangeBegin = 1024;
	uint16_t portRangeEnd = 65535;
	optional<size_t> mtu;
	size_t maxMessageSize = 16 * 1024;
	bool disableAutoNegotiation = false;
};

} // namespace rtc
