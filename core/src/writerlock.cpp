// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/writerlock.h"

#include "knotmap/files.h"
#include "knotmap/text.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace knotmap {
namespace {

// The lock file's text: "open <pid>\n" while held, "closed <pid>\n" after a clean close.
std::string readState(int fd) {
    char buffer[64] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
}

void writeState(int fd, const char* state) {
    const std::string text = std::string(state) + " " + std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, text.data(), text.size(), 0) > 0)
        ::fdatasync(fd);
}

} // namespace

std::filesystem::path WriterLock::fileFor(const std::filesystem::path& database) {
    return database.string() + "-lock";
}

Result<WriterLock> WriterLock::take(const std::filesystem::path& database) {
    const auto path = fileFor(database);
    // O_NOFOLLOW: a link planted in place of the lock file is not followed.
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        return Error{err == EACCES || err == EROFS ? ErrorCode::ReadOnly : ErrorCode::Io,
                     fill(translate("store", "KnotMap could not make its lock file %1: %2."),
                          {files::quoted(path), std::strerror(err)}),
                     {}};
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        std::string holder = readState(fd);
        ::close(fd);
        std::string pid;
        if (holder.rfind("open ", 0) == 0)
            pid = holder.substr(5, holder.find('\n') - 5);
        return Error{
            ErrorCode::Busy,
            pid.empty()
                ? translate("store", "it is open in another KnotMap window")
                : fill(translate("store", "it is open in another KnotMap window (process %1)"),
                       {pid}),
            {}};
    }
    const std::string previous = readState(fd);
    std::optional<bool> clean;
    if (previous.rfind("closed ", 0) == 0)
        clean = true;
    else if (previous.rfind("open ", 0) == 0)
        clean = false;
    writeState(fd, "open");
    return WriterLock(fd, clean);
}

WriterLock::WriterLock(WriterLock&& other) noexcept
    : m_fd(other.m_fd)
    , m_previousClean(other.m_previousClean)
    , m_clean(other.m_clean) {
    other.m_fd = -1;
}

WriterLock& WriterLock::operator=(WriterLock&& other) noexcept {
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        m_previousClean = other.m_previousClean;
        m_clean = other.m_clean;
        other.m_fd = -1;
    }
    return *this;
}

WriterLock::~WriterLock() {
    if (m_fd < 0)
        return;
    if (m_clean)
        writeState(m_fd, "closed");
    ::close(m_fd); // releases the lock
}

} // namespace knotmap
