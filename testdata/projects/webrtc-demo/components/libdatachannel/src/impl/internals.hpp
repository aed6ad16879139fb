// Included first by every implementation file.
#pragma once

#include "rtc/common.hpp"
#include "rtc/utils.hpp"

#include "plog/Log.h"

#include <stdexcept>

namespace rtc::impl {

using std::make_shared;
using std::shared_ptr;
using std::weak_ptr;

constexpr size_t DEFAULT_MTU = 1280;
constexpr size_t DEFAULT_SCTP_MAX_MESSAGE_SIZE = 65536;

// Threads started by the library get PSRAM stacks of this size (see psram_allocator.cpp).
constexpr size_t WORKER_STACK_SIZE = 32 * 1024;

} // namespace rtc::impl
