#pragma once

#include <QFrame>

#include <optional>

class QLabel;
class QProgressBar;

// One KPI of the dashboard: its name, the actual number, and the target with the progress
// towards it (or "No target"). Focusable; a click, Enter or Space activates it, for the
// drill-down.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    void setValues(const QString &label, qint64 actual, std::optional<double> target,
                   std::optional<double> progress);
    QString actualText() const;
    QString targetText() const;

Q_SIGNALS:
    void activated(const QString &key);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_key;
    QLabel *m_label;
    QLabel *m_actual;
    QProgressBar *m_progress;
    QLabel *m_target;
};
