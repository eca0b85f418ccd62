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

std::string whyNotWritable(const std::filesystem::path& file) {
    if (::access(file.c_str(), W_OK) != 0) {
        if (errno == EROFS)
            return "it is on a disk that can only be read";
        return "you do not have permission to change this file";
    }
    const std::filesystem::path folder =
        file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        if (errno == EROFS)
            return "it is on a disk that can only be read";
        return "its folder does not let you add files, which saving needs";
    }
    return {};
}

} // namespace knotmap::files
