// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace knotmap {

// Why an operation failed. Codes are what callers branch on; messages are what users read.
enum class ErrorCode {
    InvalidInput, // a value broke a domain rule; Error::field names the field
    NotFound,     // no row with that id or day
    Conflict,     // the row would duplicate one that exists (e.g. a second check-in for a day)
    NotADatabase, // the file is not a SQLite database, or not a KnotMap one
    NewerSchema,  // written by a newer KnotMap than this one
    Corrupt,      // SQLite reports the file damaged
    Busy,         // another process holds the database locked
    ReadOnly,     // the file or its folder cannot be written
    DiskFull,
    Io,
    Internal, // a bug: SQL that does not prepare, a broken invariant
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message; // one sentence for the user: what happened and what was kept
    std::string field;   // for InvalidInput: the field whose rule was broken
};

// A value or the reason there is none. The caller must look (nodiscard).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return checked(); }
    const T& value() const& { return const_cast<Result*>(this)->checked(); }
    T&& value() && { return std::move(checked()); }
    T* operator->() { return &checked(); }
    const T* operator->() const { return &const_cast<Result*>(this)->checked(); }
    T& operator*() & { return checked(); }
    const T& operator*() const& { return const_cast<Result*>(this)->checked(); }
    T operator*() && { return std::move(checked()); }

    const Error& error() const {
        assert(!ok());
        return std::get<Error>(m_state);
    }

private:
    T& checked() {
        assert(ok());
        return std::get<T>(m_state);
    }
    std::variant<T, Error> m_state;
};

// Success or the reason for failure.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error)) {}                      // NOLINT(google-explicit-constructor)
    template <typename T> Status(const Result<T>& result) { // NOLINT(google-explicit-constructor)
        if (!result.ok())
            m_error = result.error();
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const {
        assert(m_error.has_value());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

inline Error invalid(std::string field, std::string message) {
    return Error{ErrorCode::InvalidInput, std::move(message), std::move(field)};
}

} // namespace knotmap
