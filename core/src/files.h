#pragma once

#include "knotmap/clock.h"
#include "knotmap/result.h"

#include <filesystem>
#include <string>

// File-system steps shared inside core.
namespace knotmap::files {

// "“/path/to/file”", for messages.
std::string quoted(const std::filesystem::path& p);

// A moment in UTC, formatted with strftime's `format` (e.g. "%Y%m%dT%H%M%SZ").
std::string formatUtc(Timestamp t, const char* format);

// Creates a new, empty file readable and writable by its owner only (mode 0600), and
// its folder if needed; fails if the file exists.
Status createPrivateFile(const std::filesystem::path& path);

// Why an existing file cannot be changed by this process, in words for the user, or ""
// when it can. SQLite also needs to make files beside the database while saving, so a
// folder that does not allow that makes the database read-only too.
// Copies `from` to a new file `to` (mode 0600, which must not exist) and flushes it to
// the disk before returning; on failure nothing is left at `to`.
Status copyDurably(const std::filesystem::path& from, const std::filesystem::path& to);

// Flushes a folder's entries (a rename or a new file in it) to the disk.
void syncFolder(const std::filesystem::path& folder);

std::string whyNotWritable(const std::filesystem::path& file);

} // namespace knotmap::files
