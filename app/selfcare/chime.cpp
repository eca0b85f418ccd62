// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcare/chime.h"

#include "knotmap/log.h"
#include "knotmap_config.h"

#include <canberra.h>
#include <dlfcn.h>

namespace knotmap::ui {
namespace {

// libcanberra, loaded when the chime first plays. The package only recommends it: a
// system without it keeps every feature but the sound (and some hundred kilobytes of
// audio libraries), and the visual cue stands alone.
struct Canberra {
    using Create = int (*)(ca_context**);
    using Destroy = int (*)(ca_context*);
    using Props = int (*)(ca_context*, ...); // key, value pairs, then nullptr
    using Play = int (*)(ca_context*, uint32_t, ...);
    using Describe = const char* (*)(int);

    Create create = nullptr;
    Destroy destroy = nullptr;
    Props changeProps = nullptr;
    Play play = nullptr;
    Describe strerror = nullptr;

    static const Canberra* get() {
        static const Canberra loaded = [] {
            Canberra c;
            void* lib = dlopen("libcanberra.so.0", RTLD_NOW | RTLD_LOCAL);
            if (lib == nullptr)
                return c;
            c.create = reinterpret_cast<Create>(dlsym(lib, "ca_context_create"));
            c.destroy = reinterpret_cast<Destroy>(dlsym(lib, "ca_context_destroy"));
            c.changeProps = reinterpret_cast<Props>(dlsym(lib, "ca_context_change_props"));
            c.play = reinterpret_cast<Play>(dlsym(lib, "ca_context_play"));
            c.strerror = reinterpret_cast<Describe>(dlsym(lib, "ca_strerror"));
            if (!c.create || !c.destroy || !c.changeProps || !c.play || !c.strerror)
                c = Canberra{};
            return c;
        }();
        return loaded.create != nullptr ? &loaded : nullptr;
    }
};

} // namespace

Chime::Chime(QObject* parent)
    : QObject(parent) {}

Chime::~Chime() {
    if (m_context != nullptr)
        Canberra::get()->destroy(m_context);
}

void Chime::play() {
    ++m_plays;
    const Canberra* ca = Canberra::get();
    if (ca == nullptr) {
        m_outcome = QStringLiteral("no libcanberra");
        emit played();
        return;
    }
    int status = CA_SUCCESS;
    if (m_context == nullptr) {
        status = ca->create(&m_context);
        if (status == CA_SUCCESS)
            status = ca->changeProps(m_context, CA_PROP_APPLICATION_NAME, "KnotMap",
                                     CA_PROP_APPLICATION_ID, KNOTMAP_APP_ID, nullptr);
    }
    if (status == CA_SUCCESS)
        status = ca->play(m_context, 0, CA_PROP_EVENT_ID, kEvent, CA_PROP_EVENT_DESCRIPTION,
                          "A new phase of a self-care session", CA_PROP_CANBERRA_CACHE_CONTROL,
                          "permanent", nullptr);
    m_outcome =
        status == CA_SUCCESS ? QStringLiteral("played") : QString::fromUtf8(ca->strerror(status));
    if (status != CA_SUCCESS)
        log::ui()->debug("the chime did not play: {}", ca->strerror(status));
    emit played();
}

} // namespace knotmap::ui
