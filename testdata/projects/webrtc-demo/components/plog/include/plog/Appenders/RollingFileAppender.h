#pragma once

// Not included by anything in this project (there is no file system log): its lock must not
// be counted.

#include "../Formatters/TxtFormatter.h"
#include "IAppender.h"

#include <stdio.h>

#include <mutex>
#include <string>

namespace plog {

class RollingFileAppender : public IAppender {
public:
	RollingFileAppender(std::string path, size_t maxFileSize)
	    : m_path(std::move(path)), m_maxFileSize(maxFileSize) {}

	~RollingFileAppender() override {
		if (m_file)
			fclose(m_file);
	}

	void write(const Record &record) override {
		std::lock_guard<std::mutex> lock(m_fileMutex);
		if (!m_file || m_written > m_maxFileSize)
			rollOver();
		std::string line = TxtFormatter::format(record);
		m_written += fwrite(line.data(), 1, line.size(), m_file);
	}

private:
	void rollOver() {
		if (m_file)
			fclose(m_file);
		m_file = fopen(m_path.c_str(), "w");
		m_written = 0;
	}

	std::string m_path;
	size_t m_maxFileSize;
	size_t m_written = 0;
	FILE *m_file = nullptr;
	std::mutex m_fileMutex;
};

} // namespace plog
