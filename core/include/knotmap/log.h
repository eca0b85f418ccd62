// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <spdlog/logger.h>

#include <filesystem>
#include <memory>
#include <optional>

// One named logger per subsystem. Health details (scores, notes) are never logged
// above debug level.
namespace knotmap::log {

// Send every subsystem's messages to stderr (at `consoleLevel` and above) and, when
// given, to a rotating file (info and above). Safe to call more than once.
void setUp(const std::optional<std::filesystem::path>& logFile,
           spdlog::level::level_enum consoleLevel = spdlog::level::warn);

std::shared_ptr<spdlog::logger> store();
std::shared_ptr<spdlog::logger> knowledge();
std::shared_ptr<spdlog::logger> report();
std::shared_ptr<spdlog::logger> ui();

} // namespace knotmap::log
