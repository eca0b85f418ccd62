// SPDX-FileCopyrightText: 2026 The KnotMap developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace knotmap::ui {

// What went wrong with the last thing a form asked for: a sentence for the user and the
// field it concerns (empty when it concerns the form as a whole). Forms show the
// sentence beside that field and keep what the user typed.
class FieldErrors : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    using QObject::QObject;

    QString errorText() const { return m_errorText; }
    QString errorField() const { return m_errorField; }

signals:
    void errorChanged();

protected:
    void setError(const QString& text, const QString& field = {}) {
        if (text == m_errorText && field == m_errorField)
            return;
        m_errorText = text;
        m_errorField = field;
        emit errorChanged();
    }
    void clearError() { setError({}, {}); }

private:
    QString m_errorText;
    QString m_errorField;
};

} // namespace knotmap::ui
