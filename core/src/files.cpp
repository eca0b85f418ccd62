#include "files.h"
#include "knotmap/text.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace knotmap::files {

std::string quoted(const std::filesystem::path& p) {
    return "“" + p.string() + "”";
}

std::string formatUtc(Timestamp t, const char* format) {
    const std::time_t secs = t.time_since_epoch().count();
    std::tm utc{};
    gmtime_r(&secs, &utc);
    char text[64];
    const std::size_t n = std::strftime(text, sizeof text, format, &utc);
    return std::string(text, n);
}

Status createPrivateFile(const std::filesystem::path& path) {
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const ErrorCode code =
            errno == EACCES || errno == EROFS ? ErrorCode::ReadOnly : ErrorCode::Io;
        return Error{code,
                     fill(translate("files", "KnotMap could not create %1: %2."),
                          {quoted(path), std::strerror(errno)}),
                     {}};
    }
    ::close(fd);
    return {};
}

Status copyDurably(const std::filesystem::path& from, const std::filesystem::path& to) {
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return Error{ErrorCode::Io,
                     fill(translate("files", "KnotMap could not read %1: %2."),
                          {quoted(from), std::strerror(errno)}),
                     {}};
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        return Error{err == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
                     fill(translate("files", "KnotMap could not create %1: %2."),
                          {quoted(to), std::strerror(err)}),
                     {}};
    }
    char buffer[1 << 16];
    int err = 0;
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = n < 0 ? errno : 0;
            break;
        }
        for (ssize_t done = 0; done < n && err == 0;) {
            const ssize_t w = ::write(out, buffer + done, static_cast<std::size_t>(n - done));
            if (w < 0 && errno != EINTR)
                err = errno;
            else if (w > 0)
                done += w;
        }
        if (err != 0)
            break;
    }
    if (err == 0 && ::fsync(out) != 0)
        err = errno;
    ::close(in);
    if (::close(out) != 0 && err == 0)
        err = errno;
    if (err != 0) {
        ::unlink(to.c_str());
        return Error{err == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
                     fill(translate("files", "KnotMap could not copy %1 to %2: %3."),
                          {quoted(from), quoted(to), std::strerror(err)}),
                     {}};
    }
    return {};
}

void syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::string whyNotWritable(const std::filesystem::path& file) {
    if (::access(file.c_str(), W_OK) != 0) {
        if (errno == EROFS)
            return translate("files", "it is on a disk that can only be read");
        return translate("files", "you do not have permission to change this file");
    }
    const std::filesystem::path folder =
        file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        if (errno == EROFS)
            return translate("files", "it is on a disk that can only be read");
        return translate("files", "its folder does not let you add files, which saving needs");
    }
    return {};
}

} // namespace knotmap::files
