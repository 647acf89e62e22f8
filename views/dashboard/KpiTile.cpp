#include "views/dashboard/KpiTile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace {

// Targets are whole numbers as a rule; a fractional one keeps one decimal.
QString numberText(double value)
{
    const QLocale locale;
    if (std::floor(value) == value)
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', 1);
}

} // namespace

KpiTile::KpiTile(const QString &key, QWidget *parent)
    : QFrame(parent)
    , m_key(key)
    , m_label(new QLabel(this))
    , m_actual(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_target(new QLabel(this))
{
    setObjectName(QStringLiteral("kpiTile_") + key);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    // The border shows focus and hover; its width never changes, so nothing moves.
    setStyleSheet(
        QStringLiteral("KpiTile { background: palette(base); border: 2px solid palette(midlight);"
                       " border-radius: 6px; }"
                       "KpiTile:hover { border-color: palette(mid); }"
                       "KpiTile:focus { border-color: palette(highlight); }"));

    m_label->setObjectName(QStringLiteral("kpiTileLabel"));
    m_label->setWordWrap(true);
    QPalette grey = m_label->palette();
    grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
    m_label->setPalette(grey);

    m_actual->setObjectName(QStringLiteral("kpiTileActual"));
    QFont big = m_actual->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_actual->setFont(big);

    m_progress->setObjectName(QStringLiteral("kpiTileProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->setFocusPolicy(Qt::NoFocus);

    m_target->setObjectName(QStringLiteral("kpiTileTarget"));
    m_target->setPalette(grey);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_actual);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_target);
}

void KpiTile::setValues(const QString &label, qint64 actual, std::optional<double> target,
                        std::optional<double> progress, const QString &targetNote,
                        int targetClusters, int clusterCount)
{
    const QLocale locale;
    m_label->setText(label);
    m_actual->setText(locale.toString(actual));
    const bool partial = target && !targetNote.isEmpty() && targetClusters < clusterCount;
    if (target) {
        const QString percent =
            progress ? locale.toString(qint64(std::lround(*progress * 100))) + locale.percent()
                     : QStringLiteral("–");
        m_target->setText(
            partial
                ? tr("%1 of the target of %2 (set by %n of %3 clusters)", nullptr, targetClusters)
                      .arg(percent, numberText(*target), locale.toString(clusterCount))
                : tr("%1 of the target of %2").arg(percent, numberText(*target)));
        m_progress->setValue(progress ? int(std::lround(std::min(*progress, 1.0) * 100)) : 0);
    } else {
        m_target->setText(tr("No target"));
    }
    // Hidden, the bar keeps its place so that the numbers of all tiles stay in one line.
    QSizePolicy policy = m_progress->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(policy);
    m_progress->setVisible(target.has_value());
    setAccessibleName(label);
    setAccessibleDescription(m_actual->text() + QStringLiteral(", ") + m_target->text() +
                             (partial ? QStringLiteral(". ") + targetNote : QString()));
    const QString tip =
        tr("%1: %2. Click or press Enter to list what it counts.").arg(label, m_actual->text());
    setToolTip(partial ? tip + QLatin1Char('\n') + targetNote : tip);
}

QString KpiTile::actualText() const
{
    return m_actual->text();
}

QString KpiTile::targetText() const
{
    return m_target->text();
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated(m_key);
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated(m_key);
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}
