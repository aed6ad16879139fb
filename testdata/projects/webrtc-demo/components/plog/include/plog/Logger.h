#pragma once

#include "Appenders/IAppender.h"

#include <mutex>
#include <vector>

namespace plog {

// Fans a record out to its appenders. One instance per instanceId lives for the whole
// program, so its lock is paid once (it is still a std::mutex held by value).
template <int instanceId> class Logger final : public IAppender {
public:
	explicit Logger(Severity maxSeverity = none) : m_maxSeverity(maxSeverity) {}

	static Logger *&current() {
		static Logger *active = nullptr;
		return active;
	}

	Logger &addAppender(IAppender *appender) {
		std::lock_guard<std::mutex> lock(m_mutex);
		m_appenders.push_back(appender);
		return *this;
	}

	void setMaxSeverity(Severity severity) { m_maxSeverity = severity; }
	bool checkSeverity(Severity severity) const { return severity <= m_maxSeverity; }

	void write(const Record &record) override {
		std::lock_guard<std::mutex> lock(m_mutex);
		for (IAppender *appender : m_appenders)
			appender->write(record);
	}

private:
	Severity m_maxSeverity;
	std::vector<IAppender *> m_appenders;
	std::mutex m_mutex; // expect: esp-mutex-member "Logger::m_mutex'" "1 std::mutex"
};

} // namespace plog
