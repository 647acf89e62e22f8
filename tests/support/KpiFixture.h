#pragma once

#include <QDate>
#include <QString>

class Database;

namespace TestSupport {

// The KPI fixture: clusters, partners, events and reporting periods written through the
// repositories (never through KpiCalculator's SQL), with every edge case of the KPI definitions.
// The tests that use it hold the values computed by hand from the list below.
//
// "Period 2" runs from 2021-03-01 to 2021-08-31 in Trieste and Gorizia.
//
// Trieste, partners (counted in Period 2?):
//   IC Joined Mid-Period        school          joined 2021-05-10                 yes
//   University Left Before      university      2019-01-01 to 2021-02-28          no
//   Museum Left First Day       museum          2019-06-01 to 2021-03-01          yes
//   School Joined Last Day      school          joined 2021-08-31                 yes
//   Company Joined Day After    business        joined 2021-09-01                 no
//   Association No Dates        nonprofit       no dates                          yes
//   School Deleted              school          joined 2020-01-01, deleted        no
//   Municipality Left During    local_authority left 2021-06-15, no joining date  yes
//   Research Centre Member      research_centre 2020-01-01 to 2022-01-01          yes
// Trieste, events (pupils/teachers/parents/researchers/trainees/others; - = not recorded):
//   Workshop First Day    workshop held      2021-03-01        25/2/-/1/0/-     yes
//   Lab Last Day          lab      held      2021-08-31 10:00  30/3/-/-/-/-     yes
//   Lab Day Before        lab      held      2021-02-28        100/-/...        no
//   Visit Day After       visit    held      2021-09-01        100/-/...        no
//   Course Started Before course   held      2021-02-20 to 2021-03-05, 40     no (starts before)
//   Cancelled With Figures event   cancelled 2021-04-10        500              no
//   Planned With Figures  webinar  planned   2021-05-05        200              no
//   Confirmed Training    training confirmed 2021-05-20        -/10             no
//   Meeting No Figures    meeting  held      2021-06-15        none recorded    yes (0)
//   Family Science Day    event    held      2021-04-20        50/5/20/2/4/7    yes
//   Deleted Event         event    held      2021-05-01, deleted, 999          no
//   Teacher Training      training held      2021-05-25        -/12/-/-/6/-     yes
// Gorizia, partners: Gorizia School (school, joined 2020-09-01), Gorizia Prefecture
//   (government, no dates), Gorizia Other Left Last Day (other, 2019-01-01 to 2021-08-31):
//   all three count.
// Gorizia, events: Gorizia Lab (lab, held, 2021-03-15, 60/4/0/-/-/-) yes; Gorizia Visit
//   (visit, held, 2021-07-31, 15/-/-/3/-/-) yes; Gorizia Lab Later (lab, held, 2021-09-30, 70) no.
// Udine: Udine School (school, no dates); no events, no periods.
// Old Cluster, deleted after it was filled: Old School (school), Old Event (event, held,
//   2021-04-01, 1000 pupils), a "Period 2" from 2021-01-01 to 2021-12-31 with an institutions
//   target of 1000. Nothing of it counts anywhere.
//
// Targets of Period 2: Trieste institutions 10, pupils 200, events_held 4; Gorizia
// institutions 5, pupils 100.5, teachers 10.
// "Year 1": Trieste 2021-01-01 to 2021-12-31, Gorizia 2021-01-01 to 2021-12-30 (different).
namespace KpiFixture {

inline const QString trieste = QStringLiteral("Trieste");
inline const QString gorizia = QStringLiteral("Gorizia");
inline const QString udine = QStringLiteral("Udine");
inline const QString oldCluster = QStringLiteral("Old Cluster");
inline const QString period = QStringLiteral("Period 2");
inline const QString year = QStringLiteral("Year 1");
inline const QDate periodStart{2021, 3, 1};
inline const QDate periodEnd{2021, 8, 31};

// Fills an open, empty database. Returns "" on success, else what failed.
QString build(Database &database);

} // namespace KpiFixture
} // namespace TestSupport
