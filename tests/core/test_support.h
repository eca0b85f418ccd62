// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/atlas.h"
#include "knotmap/clock.h"
#include "knotmap/exchange.h"
#include "knotmap/knowledge.h"
#include "knotmap/store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace knotmap::test {

// A fresh folder under the system temp dir, removed afterwards.
class TempDir {
public:
    TempDir() {
        std::string tmpl =
            (std::filesystem::temp_directory_path() / "knotmap-test-XXXXXX").string();
        m_path = mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

// 2026-03-15 12:00:00 UTC; tests run with TZ=UTC.
inline Timestamp noon() {
    return Timestamp{std::chrono::seconds{1773576000}};
}

inline LocalDate date(int y, unsigned m, unsigned d) {
    return LocalDate{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

// A store in a temp folder with a fixed clock at noon().
struct StoreFixture : ::testing::Test {
    TempDir dir;
    FixedClock clock{noon()};
    std::unique_ptr<Store> store;

    void SetUp() override {
        auto opened = Store::open(dir.file("knotmap.sqlite"));
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        store = std::move(*opened);
    }
};

// The atlas and knowledge data the app ships, loaded once; a broken file fails the test.
inline const BodyAtlas& shippedAtlas() {
    static const BodyAtlas atlas = [] {
        auto parsed = BodyAtlas::parse(readBytes(KNOTMAP_SOURCE_DIR "/resources/body/atlas.json"));
        if (!parsed)
            throw std::runtime_error(parsed.error().message);
        return std::move(parsed).value();
    }();
    return atlas;
}

inline const KnowledgeBase& shippedKnowledge() {
    static const KnowledgeBase knowledge = [] {
        auto parsed = KnowledgeBase::parse(
            readBytes(KNOTMAP_SOURCE_DIR "/resources/knowledge/knowledge.json"), shippedAtlas());
        if (!parsed)
            throw std::runtime_error(parsed.error().message);
        return std::move(parsed).value();
    }();
    return knowledge;
}

// What an import may name: the shipped atlas and knowledge.
inline const exchange::References& refs() {
    static const exchange::References r =
        exchange::referencesOf(shippedAtlas(), shippedKnowledge());
    return r;
}

} // namespace knotmap::test
