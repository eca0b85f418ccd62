// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

struct ca_context;

namespace knotmap::ui {

// The soft sound at the start of each phase of a timed session, for when the eyes are
// closed during a stretch. Played the desktop's way, through libcanberra: the sound
// theme's "complete" event (the freedesktop theme's, when the desktop's own theme has
// none), so it follows the desktop's sound settings and needs no media framework. Where
// there is no sound output or no libcanberra, nothing plays and the visual cue stands
// alone.
class Chime : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // How the last play went: "" before any, "played", "no libcanberra", or libcanberra's
    // reason.
    Q_PROPERTY(QString outcome READ outcome NOTIFY played)
    Q_PROPERTY(int plays READ plays NOTIFY played)

public:
    explicit Chime(QObject* parent = nullptr);
    ~Chime() override;
    Chime(const Chime&) = delete;
    Chime& operator=(const Chime&) = delete;

    // Starts the sound and returns at once; the sound plays on libcanberra's thread.
    Q_INVOKABLE void play();
    QString outcome() const { return m_outcome; }
    int plays() const { return m_plays; }

    // The event id in the sound theme.
    static constexpr const char* kEvent = "complete";

signals:
    void played();

private:
    ca_context* m_context = nullptr;
    QString m_outcome;
    int m_plays = 0;
};

} // namespace knotmap::ui
