// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/figureimages.h"

#include "figure/bodydrawing.h"
#include "knotmap/atlas.h"

#include "knotmap/files.h"
#include "knotmap/log.h"
#include "knotmap_config.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QQuickWindow>
#include <QResource>
#include <QSvgRenderer>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string_view>
#include <system_error>
#include <vector>

namespace knotmap::ui {
namespace {

namespace fs = std::filesystem;

QString svgPath(const QString& view) {
    return QStringLiteral(":/KnotMap/body/%1.svg").arg(view);
}

bool isView(const QString& view) {
    return view == QLatin1String("front") || view == QLatin1String("back");
}

// What a cached picture depends on: a source (an SVG, the atlas), and the code that draws
// it. The source is hashed as stored (compressed or not) and quickly: unpacking it, or a
// SHA-1 of the atlas's bytes, would cost several times more at every start, only to name
// a cache.
QString digestOf(const QString& resource) {
    const QResource source(resource);
    if (!source.isValid())
        return {};
    const std::size_t bytes = std::hash<std::string_view>{}(std::string_view(
        reinterpret_cast<const char*>(source.data()), static_cast<std::size_t>(source.size())));
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&bytes), sizeof bytes));
    hash.addData(QByteArrayView(KNOTMAP_VERSION));
    hash.addData(QByteArrayView(qVersion()));
    return QString::fromLatin1(hash.result().toHex().left(16));
}

bool isCachedPicture(const fs::path& p) {
    const std::string name = p.filename().string();
    return name.rfind("figure-", 0) == 0 && p.extension() == ".argb";
}

// What an id names: a view, and for borders their kind and colour.
struct Picture {
    QString view;
    QString borders; // "", "surface", "all" or "places"
    QColor colour;
};

std::optional<Picture> pictureOf(const QString& id) {
    const QStringList parts = id.split(QLatin1Char('/'));
    if (parts.isEmpty() || !isView(parts[0]))
        return std::nullopt;
    if (parts.size() == 1)
        return Picture{parts[0], {}, {}};
    static const QStringList kKinds = {QStringLiteral("surface"), QStringLiteral("all"),
                                       QStringLiteral("places")};
    if (parts.size() != 3 || !kKinds.contains(parts[1]) ||
        (parts[2].size() != 6 && parts[2].size() != 8))
        return std::nullopt;
    const QColor colour = QColor::fromString(QLatin1Char('#') + parts[2]);
    if (!colour.isValid())
        return std::nullopt;
    return Picture{parts[0], parts[1], colour};
}

// A cached picture is the image's own pixels (premultiplied ARGB, as drawn) after a
// header of a mark and three numbers: reading it back is one copy. A compressed format
// would be smaller, but decoding a PNG of both views costs about as much as drawing them.
constexpr std::array<char, 8> kMark = {'K', 'M', 'F', 'I', 'G', 'v', '1', '\n'};
struct Header {
    std::array<char, 8> mark;
    std::uint32_t width;
    std::uint32_t height;
    std::uint32_t bytesPerLine;
    std::uint32_t unused;
};

QImage readPicture(const fs::path& path, int height) {
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Header h{};
    if (file.read(reinterpret_cast<char*>(&h), sizeof h) != sizeof h || h.mark != kMark ||
        h.height != static_cast<std::uint32_t>(height) || h.width == 0 ||
        h.width > FigureImages::kMaxHeight || h.bytesPerLine != h.width * 4 ||
        file.size() != static_cast<qint64>(sizeof h + std::size_t{h.bytesPerLine} * h.height))
        return {};
    QImage image(static_cast<int>(h.width), static_cast<int>(h.height),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull() || image.bytesPerLine() != static_cast<qsizetype>(h.bytesPerLine))
        return {};
    const qint64 length = static_cast<qint64>(image.sizeInBytes());
    if (file.read(reinterpret_cast<char*>(image.bits()), length) != length)
        return {};
    return image;
}

std::string pictureBytes(const QImage& image) {
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    Header h{kMark, static_cast<std::uint32_t>(argb.width()),
             static_cast<std::uint32_t>(argb.height()),
             static_cast<std::uint32_t>(argb.width()) * 4, 0};
    std::string bytes(sizeof h + std::size_t{h.bytesPerLine} * h.height, '\0');
    std::memcpy(bytes.data(), &h, sizeof h);
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(bytes.data() + sizeof h + std::size_t{h.bytesPerLine} * y,
                    argb.constScanLine(y), h.bytesPerLine);
    return bytes;
}

} // namespace

FigureImages::FigureImages(fs::path cacheFolder, const BodyAtlas* atlas)
    : QQuickImageProvider(QQuickImageProvider::Texture)
    , m_folder(std::move(cacheFolder))
    , m_atlas(atlas) {
    if (!m_folder.empty()) {
        m_digest[0] = digestOf(svgPath(QStringLiteral("front")));
        m_digest[1] = digestOf(svgPath(QStringLiteral("back")));
        m_atlasDigest = digestOf(QStringLiteral(":/KnotMap/body/atlas.json"));
    }
}

QImage FigureImages::draw(const QString& id, int height) const {
    const auto picture = pictureOf(id);
    if (!picture || height <= 0 || (!picture->borders.isEmpty() && m_atlas == nullptr))
        return {};
    QSvgRenderer renderer(svgPath(picture->view));
    if (!renderer.isValid())
        return {};
    const QSizeF natural = renderer.defaultSize();
    const int width = std::max(1, qRound(natural.width() * height / natural.height()));
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter);
    if (!picture->borders.isEmpty()) {
        RegionPaint style;
        style.line = picture->colour;
        style.placeLines = picture->borders == QLatin1String("places");
        style.allLayers = picture->borders == QLatin1String("all");
        paintRegions(painter, QRectF(0, 0, width, height), *m_atlas,
                     picture->view == QLatin1String("back") ? BodyView::Back : BodyView::Front,
                     style);
    }
    return image;
}

fs::path FigureImages::cachedPath(const QString& id, int height) const {
    const auto picture = pictureOf(id);
    if (m_folder.empty() || !picture)
        return {};
    const QString& digest = m_digest[picture->view == QLatin1String("back") ? 1 : 0];
    if (digest.isEmpty() || (!picture->borders.isEmpty() && m_atlasDigest.isEmpty()))
        return {};
    const QString what = picture->borders.isEmpty()
                             ? picture->view
                             : QStringLiteral("%1-%2-%3")
                                   .arg(picture->view, picture->borders,
                                        picture->colour.name(QColor::HexArgb).mid(1));
    const QString sources = picture->borders.isEmpty() ? digest : digest + m_atlasDigest;
    return m_folder /
           QStringLiteral("figure-%1-%2-%3.argb").arg(what).arg(height).arg(sources).toStdString();
}

namespace {

// A picture as a texture of its own. Qt Quick would pack an image this small into its
// shared atlas, a texture of up to 2048 x 2048 made for it on the first frame (16 MB and
// its upload, under OpenGL drawn in software), for two pictures that are never batched
// with anything else.
class OwnTexture : public QQuickTextureFactory {
public:
    explicit OwnTexture(QImage image)
        : m_image(std::move(image)) {}
    QSGTexture* createTexture(QQuickWindow* window) const override {
        return window->createTextureFromImage(m_image);
    }
    QSize textureSize() const override { return m_image.size(); }
    int textureByteCount() const override { return static_cast<int>(m_image.sizeInBytes()); }
    QImage image() const override { return m_image; }

private:
    QImage m_image;
};

} // namespace

QQuickTextureFactory* FigureImages::requestTexture(const QString& id, QSize* size,
                                                   const QSize& requestedSize) {
    QImage image = requestImage(id, size, requestedSize);
    return image.isNull() ? nullptr : new OwnTexture(std::move(image));
}

QImage FigureImages::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
    const int height =
        std::min(requestedSize.height() > 0 ? requestedSize.height() : 880, kMaxHeight);
    QImage image;
    const fs::path cached = cachedPath(id, height);
    if (!cached.empty()) {
        image = readPicture(cached, height);
        if (!image.isNull())
            ++m_read;
    }
    if (image.isNull()) {
        image = draw(id, height);
        if (!image.isNull()) {
            ++m_drawn;
            if (!cached.empty())
                keep(cached, image);
        }
    }
    if (size != nullptr)
        *size = image.size();
    return image;
}

// Writes the picture whole (or not at all), then keeps only the newest kKeep.
void FigureImages::keep(const fs::path& path, const QImage& image) const {
    if (const Status made = files::createPrivateFolders(m_folder); !made) {
        log::ui()->warn("the figure is not kept for later: {}", made.error().message);
        return;
    }
    if (const Status written = files::writeFile(path, pictureBytes(image)); !written) {
        log::ui()->warn("the figure is not kept for later: {}", written.error().message);
        return;
    }
    std::vector<std::pair<fs::file_time_type, fs::path>> pictures;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(m_folder, ec)) {
        if (entry.is_regular_file(ec) && isCachedPicture(entry.path()))
            pictures.emplace_back(entry.last_write_time(ec), entry.path());
    }
    if (pictures.size() <= static_cast<std::size_t>(kKeep))
        return;
    std::sort(pictures.begin(), pictures.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = kKeep; i < pictures.size(); ++i)
        fs::remove(pictures[i].second, ec);
}

} // namespace knotmap::ui
