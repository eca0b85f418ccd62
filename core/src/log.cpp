// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/log.h"

#include "knotmap/files.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <mutex>

namespace knotmap::log {
namespace {

constexpr std::array kSubsystems{"store", "knowledge", "report", "ui"};
std::mutex g_mutex;

std::shared_ptr<spdlog::logger> named(const char* name) {
    if (auto existing = spdlog::get(name))
        return existing;
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name)) // another thread made it meanwhile
        return existing;
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    sink->set_level(spdlog::level::warn);
    auto logger = std::make_shared<spdlog::logger>(name, sink);
    logger->set_level(spdlog::level::info);
    spdlog::register_logger(logger);
    return logger;
}

} // namespace

void setUp(const std::optional<std::filesystem::path>& logFile,
           spdlog::level::level_enum consoleLevel) {
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(consoleLevel);
    sinks.push_back(console);
    if (logFile) {
        try {
            // Owner-only, whatever the umask and whatever an older version left: the
            // folder 0700, the log and its rotated copies 0600.
            namespace fs = std::filesystem;
            if (auto ok = files::createPrivateFolders(logFile->parent_path()); !ok)
                throw fs::filesystem_error(ok.error().message, std::error_code());
            std::error_code ec;
            fs::permissions(logFile->parent_path(), fs::perms::owner_all, ec);
            for (const auto& item : fs::directory_iterator(logFile->parent_path(), ec))
                if (item.is_regular_file(ec) && !item.is_symlink(ec))
                    fs::permissions(item.path(), fs::perms::owner_read | fs::perms::owner_write,
                                    ec);
            if (!fs::exists(*logFile, ec))
                (void)files::createPrivateFile(*logFile);
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFile->string(),
                                                                               1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& e) {
            console->log(spdlog::details::log_msg("log", spdlog::level::warn, e.what()));
        } catch (const std::filesystem::filesystem_error& e) {
            console->log(spdlog::details::log_msg("log", spdlog::level::warn, e.what()));
        }
    }
    std::lock_guard lock(g_mutex);
    for (const char* name : kSubsystems) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(std::min(consoleLevel, spdlog::level::info));
        spdlog::register_logger(logger);
    }
}

std::shared_ptr<spdlog::logger> store() {
    return named("store");
}
std::shared_ptr<spdlog::logger> knowledge() {
    return named("knowledge");
}
std::shared_ptr<spdlog::logger> report() {
    return named("report");
}
std::shared_ptr<spdlog::logger> ui() {
    return named("ui");
}

} // namespace knotmap::log
