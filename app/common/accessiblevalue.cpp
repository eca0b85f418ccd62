// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/accessiblevalue.h"

#include <QAccessible>

namespace knotmap::ui {

void AccessibleValue::setTarget(QQuickItem* target) {
    if (m_target == target)
        return;
    m_target = target;
    emit targetChanged();
}

void AccessibleValue::setValue(const QVariant& value) {
    if (m_value == value)
        return;
    m_value = value;
    emit valueChanged();
    if (m_target != nullptr && QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(m_target, value);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace knotmap::ui
