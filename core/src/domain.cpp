// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "knotmap/domain.h"

#include "knotmap/text.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace knotmap {

std::string_view toString(BodyView v) {
    return v == BodyView::Front ? "front" : "back";
}

std::string_view toString(Side s) {
    switch (s) {
    case Side::Left:
        return "left";
    case Side::Right:
        return "right";
    case Side::Centre:
        break;
    }
    return "centre";
}

std::string_view toString(KnotStatus s) {
    switch (s) {
    case KnotStatus::Active:
        return "active";
    case KnotStatus::Easing:
        return "easing";
    case KnotStatus::Resolved:
        break;
    }
    return "resolved";
}

namespace {

// Marks a word for Qt's lupdate, which collects it into the translation files under the
// context given; translate() finds it there at run time. Core has no Qt: the macro only
// keeps the text.
#define QT_TRANSLATE_NOOP(context, text) text

// Every quality in bit order: its id and its English word.
struct QualityText {
    PainQuality quality;
    std::string_view id;
    const char* english;
};
constexpr std::array<QualityText, kPainQualityCount> kQualityTexts{{
    {Aching, "aching", QT_TRANSLATE_NOOP("pain", "aching")},
    {Burning, "burning", QT_TRANSLATE_NOOP("pain", "burning")},
    {Sharp, "sharp", QT_TRANSLATE_NOOP("pain", "sharp")},
    {Stiff, "stiff", QT_TRANSLATE_NOOP("pain", "stiff")},
    {Tingling, "tingling", QT_TRANSLATE_NOOP("pain", "tingling or pins and needles")},
    {Numb, "numb", QT_TRANSLATE_NOOP("pain", "numb")},
    {Throbbing, "throbbing", QT_TRANSLATE_NOOP("pain", "throbbing")},
    {Stabbing, "stabbing", QT_TRANSLATE_NOOP("pain", "stabbing")},
}};
static_assert((1u << kPainQualityCount) - 1 == (kKnotQualities | kPainKinds),
              "every quality belongs to a list");

const QualityText* textOf(PainQuality q) {
    for (const QualityText& t : kQualityTexts) {
        if (t.quality == q)
            return &t;
    }
    return nullptr;
}

} // namespace

std::string_view toString(PainQuality q) {
    const QualityText* t = textOf(q);
    return t != nullptr ? t->id : std::string_view{};
}

std::optional<PainQuality> painQualityFrom(std::string_view s) {
    for (const QualityText& t : kQualityTexts) {
        if (s == t.id)
            return t.quality;
    }
    return std::nullopt;
}

std::string_view painWordInEnglish(PainQuality q) {
    const QualityText* t = textOf(q);
    return t != nullptr ? t->english : std::string_view{};
}

std::string painWord(PainQuality q) {
    const QualityText* t = textOf(q);
    return t != nullptr ? translate("pain", t->english) : std::string{};
}

std::vector<PainQuality> painQualities(unsigned bits) {
    std::vector<PainQuality> out;
    for (const QualityText& t : kQualityTexts) {
        if ((bits & t.quality) != 0)
            out.push_back(t.quality);
    }
    return out;
}

std::string painWords(unsigned bits) {
    std::string out;
    for (PainQuality q : painQualities(bits))
        out.append(out.empty() ? "" : ", ").append(painWord(q));
    return out;
}

std::optional<BodyView> bodyViewFrom(std::string_view s) {
    if (s == "front")
        return BodyView::Front;
    if (s == "back")
        return BodyView::Back;
    return std::nullopt;
}

std::optional<Side> sideFrom(std::string_view s) {
    if (s == "left")
        return Side::Left;
    if (s == "right")
        return Side::Right;
    if (s == "centre")
        return Side::Centre;
    return std::nullopt;
}

std::optional<KnotStatus> knotStatusFrom(std::string_view s) {
    if (s == "active")
        return KnotStatus::Active;
    if (s == "easing")
        return KnotStatus::Easing;
    if (s == "resolved")
        return KnotStatus::Resolved;
    return std::nullopt;
}

std::string formatDate(LocalDate d) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buffer;
}

std::optional<LocalDate> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t from, std::size_t len) -> std::optional<int> {
        int value = 0;
        const char* first = text.data() + from;
        auto [end, ec] = std::from_chars(first, first + len, value);
        if (ec != std::errc{} || end != first + len)
            return std::nullopt;
        return value;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const LocalDate date{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                         std::chrono::day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

} // namespace knotmap
