#pragma once

#include "common.hpp"

namespace rtc {

// Installs the plog console logger. Safe to call more than once.
RTC_CPP_EXPORT void InitLogger(LogLevel level);

// Starts the worker threads and the transport stacks before the first PeerConnection.
RTC_CPP_EXPORT void StartNetworking();

// Releases what StartNetworking() acquired once the last PeerConnection is gone.
RTC_CPP_EXPORT void Cleanup();

} // namespace rtc
