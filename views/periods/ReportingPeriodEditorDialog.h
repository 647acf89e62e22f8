#pragma once

#include "models/kpi/Kpi.h"
#include "models/periods/ReportingPeriod.h"
#include "models/periods/ReportingPeriodValidator.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

class LockBanner;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits one reporting period: name, first and last day, and a target per KPI typed in the
// user's language. Problems are shown next to the field as the user types; Save stays disabled
// while any remains. A locked period is shown read-only, with a banner that says why and how to
// unlock it.
class ReportingPeriodEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // What the cluster reached between two days, shown beside each target; may be empty.
    using Actuals = std::function<std::optional<KpiValues>(QDate from, QDate to)>;

    // others: the cluster's periods, for the rule that a name is used once per cluster.
    ReportingPeriodEditorDialog(const ReportingPeriod &period, const QList<ReportingPeriod> &others,
                                bool isNew, Actuals actuals = {}, QWidget *parent = nullptr);
    ~ReportingPeriodEditorDialog() override;

    // The edited period as it will be saved: targets that do not parse are left out (and Save is
    // disabled while there are any).
    ReportingPeriod period() const;
    QList<PeriodIssue> issues() const { return m_issues; }

private:
    struct TargetRow
    {
        QString key;
        QLineEdit *edit;
        QLabel *actual;
        QLabel *message;
    };

    void buildForm();
    void load(const ReportingPeriod &period);
    void validate();
    void updateActuals();
    void growToFit();
    QLabel *addMessage(PeriodField field, const QString &objectName);

    ReportingPeriod m_original;
    QList<ReportingPeriod> m_others;
    bool m_isNew;
    Actuals m_actuals;
    // The actuals of the dates last asked, so that typing a target does not query them again.
    std::pair<QDate, QDate> m_actualsDates;
    std::optional<KpiValues> m_actualValues;
    QList<PeriodIssue> m_issues;

    LockBanner *m_lockedBanner = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_hint = nullptr;
    QList<TargetRow> m_targets; // in the order of KpiCatalogue::all()
    QLabel *m_actualsTitle = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<PeriodField, QLabel *> m_messages; // name, start and end; targets have their own
};
