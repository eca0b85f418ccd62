// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/result.h"

#include <filesystem>
#include <optional>
#include <string>

// One writer per database. Whoever writes a database holds an advisory lock (flock) on a
// small file beside it, "<database>-lock", for as long as it has the file open. The kernel
// drops the lock when the process ends, however it ends, so a lock left by a killed
// KnotMap never blocks anyone; the file itself stays and says who held it last and
// whether that one closed the database cleanly.
namespace knotmap {

class WriterLock {
public:
    static std::filesystem::path fileFor(const std::filesystem::path& database);

    // Takes the lock, or says who holds it: Busy with a sentence naming the process.
    static Result<WriterLock> take(const std::filesystem::path& database);

    WriterLock(WriterLock&& other) noexcept;
    WriterLock& operator=(WriterLock&& other) noexcept;
    WriterLock(const WriterLock&) = delete;
    ~WriterLock(); // notes the close (clean only after markClean), then releases

    // The database was checkpointed whole: no -wal content is left that this holder
    // wrote. Only then does the file say "closed" afterwards.
    void markClean() { m_clean = true; }

    // Whether the previous holder closed the database cleanly (false after a crash; empty
    // when no KnotMap ever held the lock, e.g. a file made by hand or by an old version).
    std::optional<bool> previousClosedCleanly() const { return m_previousClean; }

private:
    WriterLock(int fd, std::optional<bool> previousClean)
        : m_fd(fd)
        , m_previousClean(previousClean) {}
    int m_fd = -1;
    std::optional<bool> m_previousClean;
    bool m_clean = false;
};

} // namespace knotmap
