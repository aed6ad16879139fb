// Vocabulary shared by the public API and the implementation.
#pragma once

#ifndef RTC_CPP_EXPORT
#define RTC_CPP_EXPORT
#endif

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace rtc {

using std::nullopt;
using std::optional;
using std::shared_ptr;
using std::string;
using std::weak_ptr;

using binary = std::vector<std::byte>;
using message_variant = std::variant<binary, string>;

// The public classes keep their state behind a shared pointer to the implementation object.
template <class T> using impl_ptr = std::shared_ptr<T>;

enum class LogLevel { None, Fatal, Error, Warning, Info, Debug, Verbose };

} // namespace rtc
