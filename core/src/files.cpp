#include "files.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace knotmap::files {

std::string quoted(const std::filesystem::path& p) {
    return "\u201c" + p.string() + "\u201d";
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
                     "KnotMap could not create " + quoted(path) + ": " + std::strerror(errno) + ".",
                     {}};
    }
    ::close(fd);
    return {};
}

} // namespace knotmap::files
