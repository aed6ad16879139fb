#pragma once

#include "Severity.h"

#include <sstream>
#include <string>

namespace plog {

// One log line being built with operator<<.
class Record {
public:
	Record(Severity severity, const char *file, int line)
	    : m_severity(severity), m_file(file), m_line(line) {}

	template <typename T> Record &operator<<(const T &value) {
		m_message << value;
		return *this;
	}

	Severity severity() const { return m_severity; }
	const char *file() const { return m_file; }
	int line() const { return m_line; }
	std::string message() const { return m_message.str(); }

private:
	Severity m_severity;
	const char *m_file;
	int m_line;
	std::ostringstream m_message;
};

} // namespace plog
