// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/helplines.h"

#include "common/choice.h"
#include "common/convert.h"
#include "knotmap/log.h"
#include "knotmap/redflags.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace knotmap::ui {

HelpLines::HelpLines(const KnowledgeBase* knowledge, Store* store, QObject* parent)
    : QObject(parent)
    , m_knowledge(knowledge)
    , m_store(store) {
    if (m_store != nullptr) {
        if (auto saved = loadCountry(*m_store); saved && saved->has_value())
            m_country = QString::fromStdString(**saved);
    }
    if (m_country.isEmpty()) {
        const QString region = QLocale::territoryToCode(QLocale::system().territory());
        if (m_knowledge != nullptr && m_knowledge->helpLine(region.toStdString()) != nullptr)
            m_country = region;
    }
}

const HelpLine* HelpLines::line() const {
    return m_knowledge != nullptr ? m_knowledge->helpLine(m_country.toStdString()) : nullptr;
}

QString HelpLines::emergency() const {
    const HelpLine* l = line();
    return l != nullptr ? QString::fromStdString(l->emergency) : QString();
}

QString HelpLines::urgent() const {
    const HelpLine* l = line();
    if (l == nullptr || l->urgent.empty())
        return {};
    const QString name = QString::fromStdString(l->urgentName);
    const QString number = QString::fromStdString(l->urgent);
    return name == number ? number : QStringLiteral("%1 (%2)").arg(name, number);
}

QVariantList HelpLines::countries() const {
    std::vector<Choice> choices;
    if (m_knowledge != nullptr) {
        for (const HelpLine& l : m_knowledge->helpLines()) {
            const QString code = QString::fromStdString(l.country);
            // Each country by its own name, as the people who live there read it.
            const QLocale::Territory territory = QLocale::codeToTerritory(code);
            QString name =
                QLocale(QLocale::AnyLanguage, QLocale::AnyScript, territory).nativeTerritoryName();
            if (name.isEmpty())
                name = QLocale::territoryToString(territory);
            choices.push_back({code, name.isEmpty() ? code : name, {}});
        }
    }
    QCollator byName;
    std::sort(choices.begin(), choices.end(),
              [&](const Choice& a, const Choice& b) { return byName.compare(a.name, b.name) < 0; });
    QVariantList out;
    for (const Choice& c : choices)
        out.append(QVariant::fromValue(c));
    // ZZ, the ISO code left for "unknown", so that this choice too is kept.
    out.append(QVariant::fromValue(Choice{QStringLiteral("ZZ"), tr("Another country"), {}}));
    return out;
}

bool HelpLines::choose(const QString& country) {
    m_country = country;
    m_error.clear();
    bool saved = true;
    if (m_store != nullptr) {
        if (auto ok = saveCountry(*m_store, country.toStdString()); !ok) {
            m_error = QString::fromStdString(ok.error().message);
            log::ui()->warn("could not keep the country: {}", ok.error().message);
            saved = false;
        }
    }
    emit countryChanged();
    return saved;
}

} // namespace knotmap::ui
