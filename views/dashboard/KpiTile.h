#pragma once

#include <QFrame>

#include <optional>

class QLabel;
class QProgressBar;

// One KPI of the dashboard: its name, the actual number, and the target with the progress
// towards it (or "No target"); for a target that only some clusters of a roll-up set, how many
// set it, and in the tooltip the note that progress counts those clusters only. Focusable; a click,
// Enter or Space activates it, for the drill-down.
class KpiTile : public QFrame
{
    Q_OBJECT

public:
    explicit KpiTile(const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // For a roll-up whose target only some clusters set, targetNote says so
    // (KpiSnapshot::targetNote), targetClusters is how many set it and clusterCount how many
    // clusters there are; progress is then over those clusters alone. Else leave them out.
    void setValues(const QString &label, qint64 actual, std::optional<double> target,
                   std::optional<double> progress, const QString &targetNote = QString(),
                   int targetClusters = 0, int clusterCount = 0);
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
