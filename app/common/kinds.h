// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knotmap/domain.h"
#include "knotmap/knowledge.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

// Core's enumerations as QML sees them: named values (KnotState.Easing,
// WarningTier.Emergency), never strings compared by hand.
namespace knotmap::ui {

namespace KnotState {
Q_NAMESPACE
QML_ELEMENT
enum Value { Active, Easing, Resolved };
Q_ENUM_NS(Value)
} // namespace KnotState

namespace FigureView {
Q_NAMESPACE
QML_ELEMENT
enum Value { Front, Back };
Q_ENUM_NS(Value)
} // namespace FigureView

namespace WarningTier {
Q_NAMESPACE
QML_ELEMENT
enum Value { None, Soon, Urgent, Emergency };
Q_ENUM_NS(Value)
} // namespace WarningTier

inline KnotState::Value toKnotState(KnotStatus s) {
    switch (s) {
    case KnotStatus::Easing:
        return KnotState::Easing;
    case KnotStatus::Resolved:
        return KnotState::Resolved;
    case KnotStatus::Active:
        break;
    }
    return KnotState::Active;
}

inline std::optional<KnotStatus> toKnotStatus(int state) {
    switch (state) {
    case KnotState::Active:
        return KnotStatus::Active;
    case KnotState::Easing:
        return KnotStatus::Easing;
    case KnotState::Resolved:
        return KnotStatus::Resolved;
    default:
        return std::nullopt;
    }
}

inline FigureView::Value toFigureView(BodyView v) {
    return v == BodyView::Back ? FigureView::Back : FigureView::Front;
}

// A view as QML names it (FigureView.Front), or none for any other number.
inline std::optional<BodyView> toBodyView(int view) {
    switch (view) {
    case FigureView::Front:
        return BodyView::Front;
    case FigureView::Back:
        return BodyView::Back;
    default:
        return std::nullopt;
    }
}

inline WarningTier::Value toWarningTier(const std::optional<RedFlagTier>& tier) {
    if (!tier)
        return WarningTier::None;
    switch (*tier) {
    case RedFlagTier::Soon:
        return WarningTier::Soon;
    case RedFlagTier::Urgent:
        return WarningTier::Urgent;
    case RedFlagTier::Emergency:
        break;
    }
    return WarningTier::Emergency;
}

} // namespace knotmap::ui
