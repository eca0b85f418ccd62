// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// Tells assistive technology that a control's value changed, as Qt's own sliders do: a
// QML item that draws its own value (the 0-10 scales) gets no value-changed event from Qt
// Quick otherwise, and a screen reader would not say the new number.
//   AccessibleValue { target: root; value: root.value }
class AccessibleValue : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickItem* target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged)

public:
    explicit AccessibleValue(QObject* parent = nullptr)
        : QObject(parent) {}

    QQuickItem* target() const { return m_target; }
    void setTarget(QQuickItem* target);
    QVariant value() const { return m_value; }
    void setValue(const QVariant& value);

signals:
    void targetChanged();
    void valueChanged();

private:
    QPointer<QQuickItem> m_target;
    QVariant m_value;
};

} // namespace knotmap::ui
