#include "bodymap.h"

#include "convert.h"
#include "knotlistmodel.h"
#include "knotmap/log.h"

#include <QDateTime>

namespace knotmap::ui {
namespace {

std::optional<BodyView> viewFrom(const QString& view) {
    return bodyViewFrom(view.toStdString());
}

constexpr auto kWhenFormat = "yyyy-MM-dd HH:mm";

} // namespace

BodyMap::BodyMap(const BodyAtlas* atlas, KnotRepository* knots, KnotListModel* knotModel,
                 const Clock& clock, QObject* parent)
    : FieldErrors(parent)
    , m_atlas(atlas)
    , m_knots(knots)
    , m_knotModel(knotModel)
    , m_clock(clock) {}

QVariantMap BodyMap::regionAt(const QString& view, qreal x, qreal y) const {
    const auto v = viewFrom(view);
    if (m_atlas == nullptr || !v)
        return {{"region", QString()}, {"name", QString()}, {"onBody", false}};
    const Point p{x, y};
    const BodyRegion* r = m_atlas->regionAt(*v, p);
    return {{"region", r != nullptr ? toQString(r->id) : QString()},
            {"name", r != nullptr ? toQString(r->plainName()) : QString()},
            {"onBody", r != nullptr || m_atlas->onBody(*v, p)}};
}

QVariantMap BodyMap::region(const QString& id) const {
    const BodyRegion* r = m_atlas != nullptr ? m_atlas->find(id.toStdString()) : nullptr;
    if (r == nullptr)
        return {};
    QStringList muscles;
    for (const std::string& m : r->muscles)
        muscles << plainName(m);
    return {{"id", id},
            {"view", QString::fromUtf8(toString(r->view).data())},
            {"side", QString::fromUtf8(toString(r->side).data())},
            {"name", toQString(r->name)},
            {"where", toQString(r->where)},
            {"plainName", toQString(r->plainName())},
            {"muscles", muscles},
            {"centreX", r->centre.x},
            {"centreY", r->centre.y}};
}

QString BodyMap::neighbour(const QString& id, int key) const {
    const BodyRegion* r = m_atlas != nullptr ? m_atlas->find(id.toStdString()) : nullptr;
    if (r == nullptr)
        return {};
    Direction d = Direction::Right;
    switch (key) {
    case Qt::Key_Left:
        d = Direction::Left;
        break;
    case Qt::Key_Up:
        d = Direction::Up;
        break;
    case Qt::Key_Down:
        d = Direction::Down;
        break;
    case Qt::Key_Right:
        break;
    default:
        return {};
    }
    const BodyRegion* n = m_atlas->neighbour(*r, d);
    return n != nullptr ? toQString(n->id) : QString();
}

QString BodyMap::firstRegion(const QString& view) const {
    const auto v = viewFrom(view);
    const BodyRegion* r = m_atlas != nullptr && v ? m_atlas->first(*v) : nullptr;
    return r != nullptr ? toQString(r->id) : QString();
}

QString BodyMap::now() const {
    return toQDateTime(m_clock.now()).toString(QLatin1String(kWhenFormat));
}

std::optional<Timestamp> BodyMap::parseWhen(const QString& when) {
    const QDateTime t = QDateTime::fromString(when.trimmed(), QLatin1String(kWhenFormat));
    if (!t.isValid()) {
        setError(tr("Write the date and time like %1.").arg(now()), QStringLiteral("when"));
        return std::nullopt;
    }
    return Timestamp{std::chrono::seconds{t.toSecsSinceEpoch()}};
}

qint64 BodyMap::logKnot(const QString& view, qreal x, qreal y, int tenderness, int qualities,
                        const QString& note, const QString& when) {
    if (m_knots == nullptr || m_atlas == nullptr) {
        setError(tr("No database is open, so nothing can be saved."), {});
        return 0;
    }
    const auto v = viewFrom(view);
    const BodyRegion* r = v ? m_atlas->regionAt(*v, {x, y}) : nullptr;
    if (r == nullptr) {
        setError(tr("Knots can be logged on the outlined muscle areas only."),
                 QStringLiteral("place"));
        return 0;
    }
    const auto at = parseWhen(when);
    if (!at)
        return 0;
    const Knot knot{0, BodyPoint{*v, x, y, r->id, r->side}, KnotStatus::Active, *at, std::nullopt};
    const KnotObservation first{
        0, 0, *at, tenderness, static_cast<unsigned>(qualities), note.toStdString()};
    auto id = m_knots->add(knot, first);
    if (!id) {
        const std::string& field = id.error().field;
        // The first reading's time is the knot's time: one field on the form.
        const bool isTime = field == "createdAt" || field == "observedAt";
        setError(QString::fromStdString(id.error().message),
                 isTime ? QStringLiteral("when") : QString::fromStdString(field));
        return 0;
    }
    log::ui()->info("knot logged in region {}", r->id);
    clearError();
    if (m_knotModel != nullptr)
        m_knotModel->reload();
    emit knotLogged(*id);
    return *id;
}

} // namespace knotmap::ui
