// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQuickImageProvider>
#include <QString>

#include <atomic>
#include <filesystem>

namespace knotmap {
class BodyAtlas;
}

namespace knotmap::ui {

// The body figure of one view ("image://figure/front", "image://figure/back"), drawn from
// its SVG at the height asked for (Image.sourceSize.height) and kept in a cache folder: a
// later start reads the picture instead of drawing it again. Drawing both views is about
// a tenth of KnotMap's start-up; reading them back is a small part of that.
//
// With its faint borders drawn in: "image://figure/front/surface/aarrggbb" (the muscles
// under the skin, in that colour), ".../all/..." (every layer, the deeper ones dashed) and
// ".../places/..." (the places where pain is marked), drawn by paintRegions from the atlas
// as RegionOverlay drew them on every repaint; the overlay now paints only what changes
// (highlights, referral, pain).
//
// A cached picture is named by what it shows, the height and a digest of its sources (the
// SVG, and the atlas for borders), KnotMap's version and Qt's, so a changed figure or a new Qt
// draws afresh. A picture that cannot be read is drawn again and replaced. The folder keeps the
// newest kKeep pictures. The files are written by files::OutputFile (owner-only, whole or
// not at all); with no folder, or one that cannot be written, every picture is drawn and
// nothing is kept.
class FigureImages : public QQuickImageProvider {
public:
    static constexpr int kKeep = 16; // about 0.5 MB each
    static constexpr int kMaxHeight = 4096;

    // `atlas` draws the borders; without it only the bare figure is drawn.
    FigureImages(std::filesystem::path cacheFolder, const BodyAtlas* atlas);

    // As a texture of its own (Qt Quick would put the picture in its shared atlas).
    QQuickTextureFactory* requestTexture(const QString& id, QSize* size,
                                         const QSize& requestedSize) override;
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    // The picture an id names (see above) drawn at `height` pixels, or a null image for an
    // id that names none.
    QImage draw(const QString& id, int height) const;

    // How many pictures were drawn and how many read from the cache (for tests).
    int drawn() const { return m_drawn.load(); }
    int read() const { return m_read.load(); }

private:
    std::filesystem::path cachedPath(const QString& id, int height) const;
    void keep(const std::filesystem::path& path, const QImage& image) const;

    std::filesystem::path m_folder;
    const BodyAtlas* m_atlas;
    QString m_digest[2]; // the front and back SVGs
    QString m_atlasDigest;
    std::atomic<int> m_drawn = 0;
    std::atomic<int> m_read = 0;
};

} // namespace knotmap::ui
