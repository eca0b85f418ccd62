// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcare/chime.h"

#include "knotmap/log.h"
#include "knotmap_config.h"

#include <canberra.h>

namespace knotmap::ui {

Chime::Chime(QObject* parent)
    : QObject(parent) {}

Chime::~Chime() {
    if (m_context != nullptr)
        ca_context_destroy(m_context);
}

void Chime::play() {
    int status = CA_SUCCESS;
    if (m_context == nullptr) {
        status = ca_context_create(&m_context);
        if (status == CA_SUCCESS)
            status = ca_context_change_props(m_context, CA_PROP_APPLICATION_NAME, "KnotMap",
                                             CA_PROP_APPLICATION_ID, KNOTMAP_APP_ID, nullptr);
    }
    if (status == CA_SUCCESS)
        status = ca_context_play(m_context, 0, CA_PROP_EVENT_ID, kEvent, CA_PROP_EVENT_DESCRIPTION,
                                 "A new phase of a self-care session",
                                 CA_PROP_CANBERRA_CACHE_CONTROL, "permanent", nullptr);
    ++m_plays;
    m_outcome =
        status == CA_SUCCESS ? QStringLiteral("played") : QString::fromUtf8(ca_strerror(status));
    if (status != CA_SUCCESS)
        log::ui()->debug("the chime did not play: {}", ca_strerror(status));
    emit played();
}

} // namespace knotmap::ui
