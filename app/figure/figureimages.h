// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>
#include <QString>

#include <atomic>
#include <filesystem>

namespace knotmap::ui {

// The body figure of one view ("image://figure/front", "image://figure/back"), drawn from
// its SVG at the height asked for (Image.sourceSize.height) and kept in a cache folder: a later
// start reads the picture instead of drawing it again. Drawing both views is about a tenth of
// KnotMap's start-up; reading them back is a small part of that.
//
// A cached picture is named by the view, the height and a digest of the SVG, KnotMap's
// version and Qt's, so a changed figure or a new Qt draws afresh. A picture that cannot be
// read is drawn again and replaced. The folder keeps the newest kKeep pictures. The files
// are written by files::OutputFile (owner-only, whole or not at all); with no folder, or
// one that cannot be written, every figure is drawn and nothing is kept.
class FigureImages : public QQuickImageProvider {
public:
    static constexpr int kKeep = 8; // about 0.5 MB each
    static constexpr int kMaxHeight = 4096;

    explicit FigureImages(std::filesystem::path cacheFolder);

    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    // The figure of `view` ("front" or "back") drawn from its SVG at `height` pixels, or a
    // null image for an unknown view.
    static QImage draw(const QString& view, int height);

    // How many pictures were drawn and how many read from the cache (for tests).
    int drawn() const { return m_drawn.load(); }
    int read() const { return m_read.load(); }

private:
    std::filesystem::path cachedPath(const QString& view, int height) const;
    void keep(const std::filesystem::path& path, const QImage& image) const;

    std::filesystem::path m_folder;
    QString m_digest[2]; // front, back
    std::atomic<int> m_drawn = 0;
    std::atomic<int> m_read = 0;
};

} // namespace knotmap::ui
