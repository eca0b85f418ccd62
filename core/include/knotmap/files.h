// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Every file KnotMap writes goes through here: PDFs, JSON and CSV exports, screenshots,
// backups. One rule for all of them (docs/ARCHITECTURE.md, "Files KnotMap writes"):
// - a new temporary file (or folder) beside the target, owner-only (0600 / 0700);
// - flushed to the disk, then renamed over the target, so the target is either the old
//   file or the whole new one, never a part;
// - never the database, its -wal, -shm or -journal, or anything in its backup folder
//   (compared by device and inode, and by name for the ones not there yet);
// - never through a symbolic link: a link as the target is refused.
namespace knotmap::files {

// "“/path/to/file”", for messages.
std::string quoted(const std::filesystem::path& p);

// A moment in UTC, formatted with strftime's `format` (e.g. "%Y%m%dT%H%M%SZ").
std::string formatUtc(Timestamp t, const char* format);

// Creates a new, empty file readable and writable by its owner only (mode 0600), and
// its folder if needed (0700); fails if the file exists.
Status createPrivateFile(const std::filesystem::path& path);

// Creates `folder` and any missing parents, each new one 0700.
Status createPrivateFolders(const std::filesystem::path& folder);

// Copies `from` to a new file `to` (mode 0600, which must not exist) and flushes it to
// the disk before returning; on failure nothing is left at `to`.
Status copyDurably(const std::filesystem::path& from, const std::filesystem::path& to);

// Flushes a folder's entries (a rename or a new file in it) to the disk.
void syncFolder(const std::filesystem::path& folder);

// Why an existing file cannot be changed by this process, in words for the user, or ""
// when it can. SQLite also needs to make files beside the database while saving, so a
// folder that does not allow that makes the database read-only too.
std::string whyNotWritable(const std::filesystem::path& file);

// The files an output may never replace: one database's file, its working files and its
// backup folder. Empty (the default) protects nothing but still refuses links and folders.
class Protected {
public:
    Protected() = default;
    explicit Protected(std::filesystem::path database)
        : m_database(std::move(database)) {}
    // Why `target` may not be written as a file, in words for the user, or "" when it may.
    std::string whyNot(const std::filesystem::path& target) const;
    // The same for a folder of files (a CSV export).
    std::string whyNotFolder(const std::filesystem::path& target) const;

private:
    std::string whyNotKind(const std::filesystem::path& target, bool folder) const;
    std::string whyNotPlace(const std::filesystem::path& target) const;
    std::filesystem::path m_database;
};

// A file being written: bytes go to a temporary file beside the target (through write()
// or, for a writer that wants a path, to temporary()); commit() puts it in place whole.
// Destroyed without commit(), it leaves nothing behind.
class OutputFile {
public:
    static Result<OutputFile> create(const std::filesystem::path& target,
                                     const Protected& keep = {});
    OutputFile(OutputFile&& other) noexcept;
    OutputFile& operator=(OutputFile&&) = delete;
    OutputFile(const OutputFile&) = delete;
    ~OutputFile();

    const std::filesystem::path& target() const { return m_target; }
    const std::filesystem::path& temporary() const { return m_temporary; }
    Status write(std::string_view bytes);
    // Flushes, checks the target again, renames over it and flushes the folder.
    Status commit();

private:
    OutputFile(std::filesystem::path target, std::filesystem::path temporary, int fd,
               Protected keep)
        : m_target(std::move(target))
        , m_temporary(std::move(temporary))
        , m_fd(fd)
        , m_keep(std::move(keep)) {}
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    int m_fd = -1;
    Protected m_keep;
};

// The whole of a file in one call.
Status writeFile(const std::filesystem::path& target, std::string_view bytes,
                 const Protected& keep = {});

// A folder of files made whole or not at all: the files go into a temporary folder beside
// the target, which commit() renames into place. The target must not exist, be empty, or
// hold only files named in `replaceable` (an earlier export of the same kind), which are
// then replaced in one step.
class OutputFolder {
public:
    static Result<OutputFolder> create(const std::filesystem::path& target,
                                       std::vector<std::string> replaceable,
                                       const Protected& keep = {});
    OutputFolder(OutputFolder&& other) noexcept;
    OutputFolder& operator=(OutputFolder&&) = delete;
    OutputFolder(const OutputFolder&) = delete;
    ~OutputFolder();

    const std::filesystem::path& temporary() const { return m_temporary; }
    // A file inside the temporary folder, flushed to the disk.
    Status write(const std::string& name, std::string_view bytes);
    Status commit();

private:
    OutputFolder(std::filesystem::path target, std::filesystem::path temporary,
                 std::vector<std::string> replaceable, Protected keep)
        : m_target(std::move(target))
        , m_temporary(std::move(temporary))
        , m_replaceable(std::move(replaceable))
        , m_keep(std::move(keep)) {}
    std::filesystem::path m_target;
    std::filesystem::path m_temporary; // empty once committed or moved from
    std::vector<std::string> m_replaceable;
    Protected m_keep;
};

} // namespace knotmap::files
