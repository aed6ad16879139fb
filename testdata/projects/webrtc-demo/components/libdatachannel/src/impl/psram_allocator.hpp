#pragma once

#include <stddef.h>

namespace rtc::impl {

// Makes pthreads created from now on (std::thread included) take their stacks from PSRAM.
// Only the stack moves: the FreeRTOS task control block stays in internal RAM.
void UsePsramThreadStacks(size_t stackSize);

} // namespace rtc::impl
