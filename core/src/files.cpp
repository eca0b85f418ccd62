// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/files.h"
#include "knotmap/text.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
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

Status createPrivateFolders(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    if (folder.empty())
        return {};
    std::error_code ec;
    if (fs::is_directory(folder, ec))
        return {};
    if (auto ok = createPrivateFolders(folder.parent_path()); !ok)
        return ok;
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
        const int err = errno;
        return Error{err == ENOSPC                   ? ErrorCode::DiskFull
                     : err == EACCES || err == EROFS ? ErrorCode::ReadOnly
                                                     : ErrorCode::Io,
                     fill(translate("files", "KnotMap could not create the folder %1: %2."),
                          {quoted(folder), std::strerror(err)}),
                     {}};
    }
    return {};
}

Status createPrivateFile(const std::filesystem::path& path) {
    if (path.has_parent_path())
        if (auto ok = createPrivateFolders(path.parent_path()); !ok)
            return ok;
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

// ---- Where outputs may go ---------------------------------------------------------

namespace knotmap::files {
namespace {
namespace fs = std::filesystem;

struct Identity {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const Identity&) const = default;
};

std::optional<Identity> identityOf(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0)
        return std::nullopt;
    return Identity{st.st_dev, st.st_ino};
}

Error refused(const fs::path& target, const std::string& why) {
    return Error{ErrorCode::InvalidInput,
                 fill(translate("files", "KnotMap did not write %1: %2. Nothing was written."),
                      {quoted(target), why}),
                 {}};
}

ErrorCode codeFor(int err) {
    if (err == ENOSPC || err == EDQUOT)
        return ErrorCode::DiskFull;
    if (err == EACCES || err == EPERM || err == EROFS)
        return ErrorCode::ReadOnly;
    return ErrorCode::Io;
}

Error failedToWrite(const fs::path& target, int err) {
    return Error{codeFor(err),
                 fill(translate("files", "KnotMap could not write %1: %2. Nothing was written "
                                         "there; a file that was there before is unchanged."),
                      {quoted(target), std::strerror(err)}),
                 {}};
}

// The folder a target goes in, as the file system names it (links resolved).
fs::path folderOf(const fs::path& target) {
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    fs::path real = fs::canonical(parent, ec);
    return ec ? parent : real;
}

// ".<name>.knotmap-XXXXXX" in `folder`, for mkstemp and mkdtemp: hidden, and beside the
// target so the rename stays on one file system.
std::string temporaryPattern(const fs::path& folder, const fs::path& target) {
    std::string name(".");
    name.append(target.filename().string());
    name.append(".knotmap-XXXXXX");
    return (folder / name).string();
}

bool writeAll(int fd, std::string_view bytes, int& err) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            err = errno;
            return false;
        }
        done += static_cast<std::size_t>(w);
    }
    return true;
}

} // namespace

std::string Protected::whyNotPlace(const fs::path& target) const {
    if (target.empty() || target.filename().empty())
        return translate("files", "no file name was given");
    const fs::path folder = folderOf(target);
    if (m_database.empty())
        return {};
    const fs::path database = folderOf(m_database) / m_database.filename();
    const fs::path named = folder / target.filename();
    const auto targetId = identityOf(target);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const fs::path working = database.string() + suffix;
        const auto workingId = identityOf(working);
        if (named == working || (targetId && workingId && *targetId == *workingId))
            return translate("files", "that is your KnotMap database or one of its working "
                                      "files, which KnotMap never writes over");
    }
    // The backup folder and everything in it: walk up from the target's folder.
    const fs::path backups = database.parent_path() / (database.stem().string() + "-backups");
    const auto backupsId = identityOf(backups);
    for (fs::path up = folder;; up = up.parent_path()) {
        const auto upId = identityOf(up);
        if (up == backups || (backupsId && upId && *upId == *backupsId) ||
            (up == folder && named == backups))
            return translate("files", "that is in KnotMap's backup folder, which holds only "
                                      "backups");
        if (up == up.parent_path() || up.empty())
            break;
    }
    if (targetId && backupsId && *targetId == *backupsId)
        return translate("files", "that is KnotMap's backup folder, which holds only backups");
    return {};
}

std::string Protected::whyNot(const fs::path& target) const {
    return whyNotKind(target, false);
}

std::string Protected::whyNotFolder(const fs::path& target) const {
    return whyNotKind(target, true);
}

// What stands at `target` now: nothing, or a file (a folder when `folder`), never a link.
std::string Protected::whyNotKind(const fs::path& target, bool folder) const {
    struct stat st {};
    if (::lstat(target.c_str(), &st) != 0)
        return whyNotPlace(target);
    if (S_ISLNK(st.st_mode))
        return folder ? translate("files", "it is a symbolic link, and KnotMap does not write "
                                           "through links. Choose the folder it points to, or "
                                           "another name")
                      : translate("files", "it is a symbolic link, and KnotMap does not write "
                                           "through links. Choose the file it points to, or "
                                           "another name");
    if (folder && !S_ISDIR(st.st_mode))
        return translate("files", "it is a file, not a folder");
    if (!folder && S_ISDIR(st.st_mode))
        return translate("files", "it is a folder. Give a file name");
    if (!folder && !S_ISREG(st.st_mode))
        return translate("files", "it is not an ordinary file");
    return whyNotPlace(target);
}

// ---- OutputFile ---------------------------------------------------------------------

Result<OutputFile> OutputFile::create(const fs::path& target, const Protected& keep) {
    if (const std::string why = keep.whyNot(target); !why.empty())
        return refused(target, why);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (std::error_code missing; !fs::is_directory(folder, missing))
        return refused(target,
                       fill(translate("files", "the folder %1 does not exist"), {quoted(folder)}));
    std::string pattern = temporaryPattern(folder, target);
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC); // mode 0600
    if (fd < 0)
        return failedToWrite(target, errno);
    ::fchmod(fd, 0600);
    return OutputFile(target, fs::path(pattern), fd, keep);
}

OutputFile::OutputFile(OutputFile&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_temporary(std::move(other.m_temporary))
    , m_fd(other.m_fd)
    , m_keep(std::move(other.m_keep)) {
    other.m_fd = -1;
    other.m_temporary.clear();
}

OutputFile::~OutputFile() {
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_temporary.empty())
        ::unlink(m_temporary.c_str());
}

Status OutputFile::write(std::string_view bytes) {
    int err = 0;
    if (m_fd < 0 || !writeAll(m_fd, bytes, err))
        return failedToWrite(m_target, m_fd < 0 ? EBADF : err);
    return {};
}

Status OutputFile::commit() {
    if (m_fd < 0 || m_temporary.empty())
        return failedToWrite(m_target, EBADF);
    // Data written through the path by another writer is flushed too: fsync is per file.
    if (::fsync(m_fd) != 0)
        return failedToWrite(m_target, errno);
    const int closed = ::close(m_fd);
    m_fd = -1;
    if (closed != 0)
        return failedToWrite(m_target, errno);
    // Checked again: the target may have become a link or a database since create().
    if (const std::string why = m_keep.whyNot(m_target); !why.empty())
        return refused(m_target, why);
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0)
        return failedToWrite(m_target, errno);
    m_temporary.clear();
    syncFolder(m_target.has_parent_path() ? m_target.parent_path() : fs::path("."));
    return {};
}

Status writeFile(const fs::path& target, std::string_view bytes, const Protected& keep) {
    auto out = OutputFile::create(target, keep);
    if (!out)
        return out.error();
    if (auto ok = out->write(bytes); !ok)
        return ok;
    return out->commit();
}

// ---- OutputFolder -------------------------------------------------------------------

namespace {
// True when `folder` holds nothing but files named in `names`.
bool holdsOnly(const fs::path& folder, const std::vector<std::string>& names) {
    std::error_code ec;
    for (const auto& item : fs::directory_iterator(folder, ec)) {
        const std::string name = item.path().filename().string();
        if (!item.is_regular_file(ec) || item.is_symlink(ec) ||
            std::find(names.begin(), names.end(), name) == names.end())
            return false;
    }
    return !ec;
}
} // namespace

Result<OutputFolder> OutputFolder::create(const fs::path& target,
                                          std::vector<std::string> replaceable,
                                          const Protected& keep) {
    if (const std::string why = keep.whyNotFolder(target); !why.empty())
        return refused(target, why);
    std::error_code ec;
    if (fs::is_directory(target, ec) && !holdsOnly(target, replaceable))
        return refused(target, translate("files", "that folder already holds other files. "
                                                  "Choose a new or empty folder"));
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (std::error_code missing; !fs::is_directory(folder, missing))
        return refused(target,
                       fill(translate("files", "the folder %1 does not exist"), {quoted(folder)}));
    std::string pattern = temporaryPattern(folder, target);
    if (::mkdtemp(pattern.data()) == nullptr) // mode 0700
        return failedToWrite(target, errno);
    return OutputFolder(target, fs::path(pattern), std::move(replaceable), keep);
}

OutputFolder::OutputFolder(OutputFolder&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_temporary(std::move(other.m_temporary))
    , m_replaceable(std::move(other.m_replaceable))
    , m_keep(std::move(other.m_keep)) {
    other.m_temporary.clear();
}

OutputFolder::~OutputFolder() {
    if (!m_temporary.empty()) {
        std::error_code ec;
        fs::remove_all(m_temporary, ec);
    }
}

Status OutputFolder::write(const std::string& name, std::string_view bytes) {
    const fs::path file = m_temporary / name;
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return failedToWrite(m_target, errno);
    int err = 0;
    bool ok = writeAll(fd, bytes, err);
    if (ok && ::fsync(fd) != 0) {
        err = errno;
        ok = false;
    }
    if (::close(fd) != 0 && ok) {
        err = errno;
        ok = false;
    }
    return ok ? Status{} : Status{failedToWrite(m_target, err)};
}

Status OutputFolder::commit() {
    if (m_temporary.empty())
        return failedToWrite(m_target, EBADF);
    syncFolder(m_temporary);
    if (const std::string why = m_keep.whyNotFolder(m_target); !why.empty())
        return refused(m_target, why);
    std::error_code ec;
    if (fs::exists(m_target, ec) && !fs::is_empty(m_target, ec)) {
        // An earlier export: swap it with the new one in one step, then remove its files.
        if (!holdsOnly(m_target, m_replaceable))
            return refused(m_target, translate("files", "that folder already holds other files. "
                                                        "Choose a new or empty folder"));
        if (::renameat2(AT_FDCWD, m_temporary.c_str(), AT_FDCWD, m_target.c_str(),
                        RENAME_EXCHANGE) != 0)
            return failedToWrite(m_target, errno);
        // m_temporary now holds the earlier export; the destructor removes it.
    } else {
        if (::rename(m_temporary.c_str(), m_target.c_str()) != 0)
            return failedToWrite(m_target, errno);
        m_temporary.clear();
    }
    syncFolder(m_target.has_parent_path() ? m_target.parent_path() : fs::path("."));
    return {};
}

} // namespace knotmap::files
