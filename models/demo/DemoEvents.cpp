#include "models/demo/DemoEvents.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// A small deterministic generator (a linear congruential one), so that demo data is the same on
// every machine and every run.
class Dice
{
public:
    int roll(int from, int to) // inclusive
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto value = int((m_state >> 33) % std::uint64_t(to - from + 1));
        return from + value;
    }
    bool chance(int percent) { return roll(1, 100) <= percent; }

private:
    std::uint64_t m_state = 824630; // the PHERECLOS grant number
};

struct Title
{
    const char *italian;
    const char *english;
};

struct KindPlan
{
    EventKind kind;
    int perYear;
    std::array<Title, 6> titles;
    // Ranges of the participation figures, in the order of Figure.
    std::array<std::pair<int, int>, figureCount> figures;
    bool schoolsTakePart;
};

// Titles are written the way coordinators name their events; every one is fictional.
const KindPlan kindPlans[] = {
    {EventKind::Workshop,
     40,
     {{{"Robotica in classe", "Robotics in the classroom"},
       {"Il mare in una goccia: microscopia per tutti", "The sea in a drop: microscopy for all"},
       {"Costruiamo un sismografo", "Let's build a seismograph"},
       {"Codice e colori: pixel art programmata", "Code and colours: programmed pixel art"},
       {"Chimica in cucina", "Kitchen chemistry"},
       {"Ponti di spaghetti: ingegneria per piccoli", "Spaghetti bridges: engineering for kids"}}},
     {{{15, 60}, {1, 4}, {0, 0}, {1, 3}, {0, 2}, {0, 1}}},
     true},
    {EventKind::Lab,
     30,
     {{{"Laboratorio di fisica aperto", "Open physics lab"},
       {"DNA in provetta", "DNA in a test tube"},
       {"Energia dal vento", "Energy from the wind"},
       {"Luce e ottica con la stampa 3D", "Light and optics with 3D printing"},
       {"Il suolo del Carso", "The soil of the Karst"},
       {"Misurare il clima della città", "Measuring the city's climate"}}},
     {{{12, 30}, {1, 3}, {0, 0}, {1, 2}, {0, 3}, {0, 0}}},
     true},
    {EventKind::Visit,
     18,
     {{{"Visita al sincrotrone", "Visit to the synchrotron"},
       {"Un giorno all'osservatorio", "A day at the observatory"},
       {"Dietro le quinte del museo", "Behind the scenes at the museum"},
       {"Visita al porto e alla logistica", "Visit to the port and its logistics"},
       {"Alla scoperta del laboratorio di biologia marina", "Discovering the marine biology lab"},
       {"Visita all'impianto di depurazione", "Visit to the water treatment plant"}}},
     {{{20, 55}, {2, 5}, {0, 0}, {1, 4}, {0, 0}, {0, 2}}},
     true},
    {EventKind::Event,
     10,
     {{{"Festa della scienza in piazza", "Science festival in the square"},
       {"Notte dei ricercatori", "Researchers' Night"},
       {"Caffè scientifico: l'intelligenza artificiale", "Science café: artificial intelligence"},
       {"Porte aperte nei laboratori", "Open doors in the labs"},
       {"Mostra dei progetti STEAM delle scuole", "Exhibition of the schools' STEAM projects"},
       {"Giornata delle ragazze nella scienza", "Girls in Science Day"}}},
     {{{80, 450}, {6, 30}, {40, 260}, {5, 30}, {0, 8}, {10, 120}}},
     true},
    {EventKind::Course,
     8,
     {{{"Academy: didattica laboratoriale delle STEAM", "Academy: hands-on STEAM teaching"},
       {"Academy: programmare con Python a scuola", "Academy: teaching Python at school"},
       {"Academy: la valutazione delle competenze STEAM", "Academy: assessing STEAM skills"},
       {"Academy: educazione al patrimonio scientifico", "Academy: science heritage education"},
       {"Academy: tinkering e making", "Academy: tinkering and making"},
       {"Academy: citizen science con le classi", "Academy: citizen science with classes"}}},
     {{{0, 0}, {12, 30}, {0, 0}, {2, 5}, {3, 12}, {0, 2}}},
     false},
    {EventKind::Webinar,
     12,
     {{{"Webinar: orientamento alle carriere scientifiche", "Webinar: careers in science"},
       {"Webinar: genitori e STEAM", "Webinar: parents and STEAM"},
       {"Webinar: risorse digitali per la chimica", "Webinar: digital resources for chemistry"},
       {"Webinar: astronomia dal balcone", "Webinar: astronomy from the balcony"},
       {"Webinar: inclusione nei laboratori", "Webinar: inclusion in the labs"},
       {"Webinar: la matematica dei giochi", "Webinar: the mathematics of games"}}},
     {{{0, 40}, {15, 70}, {0, 45}, {1, 4}, {0, 10}, {0, 15}}},
     false},
    {EventKind::Meeting,
     8,
     {{{"Assemblea del cluster", "Cluster assembly"},
       {"Tavolo di coprogettazione del piano di lavoro", "Workplan co-design table"},
       {"Incontro con l'amministrazione comunale", "Meeting with the city administration"},
       {"Riunione dei referenti STEAM", "Meeting of the STEAM contacts"},
       {"Incontro con le imprese del territorio", "Meeting with local businesses"},
       {"Revisione intermedia delle attività", "Mid-term review of the activities"}}},
     {{{0, 0}, {5, 18}, {0, 4}, {1, 6}, {0, 0}, {2, 12}}},
     false},
    {EventKind::Training,
     8,
     {{{"Formazione docenti: laboratori sicuri", "Teacher training: safe labs"},
       {"Formazione: il metodo IBSE", "Training: inquiry-based science education"},
       {"Formazione: strumenti open source per la scienza",
        "Training: open-source tools for science"},
       {"Formazione: progettare con i musei", "Training: designing with museums"},
       {"Formazione: STEAM e parità di genere", "Training: STEAM and gender equality"},
       {"Formazione: dati aperti in classe", "Training: open data in the classroom"}}},
     {{{0, 0}, {8, 25}, {0, 0}, {1, 3}, {4, 18}, {0, 0}}},
     false},
};

const char *const venues[] = {"aula magna", "laboratorio", "sala conferenze", "auditorium",
                              "biblioteca"};

// Subjects that fit each kind of title are not worth modelling: a sensible spread is enough.
const char *const subjectPairs[][2] = {
    {"technology", "engineering"}, {"science", nullptr},     {"science", "mathematics"},
    {"arts", "technology"},        {"mathematics", nullptr}, {"engineering", "science"},
    {"science", "arts"},           {"technology", nullptr},
};

bool isOrganiserType(PartnerType type)
{
    return type != PartnerType::School && type != PartnerType::Government;
}

// Builds one event of the plan on the given day, organised by a member that is not a school;
// schools take part. Returns false when no member can organise it.
bool makeEvent(const KindPlan &plan, int n, QDate day, const QList<Partner> &partners, Dice &dice,
               Event *made)
{
    Event &event = *made;
    event.kind = plan.kind;
    const Title &title = plan.titles[std::size_t(n) % plan.titles.size()];
    event.titleIt = QString::fromUtf8(title.italian);
    event.titleEn = QString::fromUtf8(title.english);
    event.startDate = day;
    switch (plan.kind) {
    case EventKind::Event:
        // Festivals run over a weekend and have no fixed hours.
        if (dice.chance(50))
            event.endDate = day.addDays(1);
        break;
    case EventKind::Course:
        // An Academy course: weekly afternoon sessions over a month.
        event.startTime = QTime(15, 0);
        event.endDate = day.addDays(28);
        event.endTime = QTime(18, 0);
        break;
    default: {
        const int hour = plan.schoolsTakePart ? dice.roll(8, 11) : dice.roll(14, 17);
        event.startTime = QTime(hour, dice.chance(50) ? 0 : 30);
        event.endTime = event.startTime.addSecs(60 * 60 * dice.roll(1, 3));
        break;
    }
    }

    QList<const Partner *> organisers;
    QList<const Partner *> schools;
    for (const Partner &partner : partners) {
        if (partner.isMemberDuring(event.startDate, event.lastDate()))
            (isOrganiserType(partner.type) ? organisers : schools).append(&partner);
    }
    if (organisers.isEmpty())
        return false;
    const Partner *organiser = organisers.at(dice.roll(0, int(organisers.size()) - 1));
    event.organiserIds = {organiser->id};
    if (dice.chance(20)) {
        const Partner *second = organisers.at(dice.roll(0, int(organisers.size()) - 1));
        if (second != organiser)
            event.organiserIds.append(second->id);
    }
    if (plan.schoolsTakePart && !schools.isEmpty()) {
        const int count = plan.kind == EventKind::Event ? dice.roll(3, 8) : dice.roll(1, 2);
        for (int k = 0; k < count; ++k) {
            const Partner *school = schools.at(dice.roll(0, int(schools.size()) - 1));
            if (!event.participantIds.contains(school->id)) {
                event.participantIds.append(school->id);
                if (!event.audience.contains(school->schoolLevel))
                    event.audience.append(school->schoolLevel);
            }
        }
        std::sort(event.audience.begin(), event.audience.end());
    }

    if (plan.kind == EventKind::Webinar) {
        event.onlineLink =
            QStringLiteral("https://meet.example.org/lec-%1").arg(dice.roll(1000, 9999));
    } else {
        event.location = organiser->name + QStringLiteral(", ") +
                         QString::fromLatin1(venues[dice.roll(0, 4)]) + QStringLiteral(" – ") +
                         organiser->city;
    }
    for (const char *subject : subjectPairs[dice.roll(0, 7)]) {
        if (subject)
            event.subjects.append(QString::fromLatin1(subject));
    }
    event.descriptionIt = QStringLiteral("Attività del cluster aperta alle scuole aderenti. "
                                         "Iscrizioni presso l'organizzatore.");
    event.descriptionEn = QStringLiteral("A cluster activity open to the member schools. "
                                         "Register with the organiser.");
    return true;
}

} // namespace

QDate DemoEvents::schoolYearStart(QDate day)
{
    return QDate(day.month() >= 9 ? day.year() : day.year() - 1, 9, 1);
}

QList<Event> DemoEvents::generate(const QString &clusterId, const QList<Partner> &partners,
                                  QDate today)
{
    Dice dice;
    QList<Event> events;
    // The last school year and this one up to yesterday: what the cluster has done.
    const QDate pastFrom = schoolYearStart(today).addYears(-1);
    const QDate pastTo = today.addDays(-1);
    const int pastDays = int(pastFrom.daysTo(pastTo));

    for (const KindPlan &plan : kindPlans) {
        const int count = int(std::lround(plan.perYear * (pastDays + 1) / 365.0));
        for (int n = 0; n < count; ++n) {
            // School activities avoid August; every event avoids Sundays.
            QDate day;
            do {
                day = pastFrom.addDays(dice.roll(0, pastDays));
            } while (day.dayOfWeek() == Qt::Sunday || (plan.schoolsTakePart && day.month() == 8));
            Event event;
            event.clusterId = clusterId;
            if (!makeEvent(plan, n, day, partners, dice, &event))
                continue;
            // About one event in twenty is cancelled (weather, illness); the rest were held.
            // A few held ones still wait for their figures, more so the recent ones: the
            // coordinator has something to record.
            if (dice.chance(5)) {
                event.status = EventStatus::Cancelled;
            } else {
                event.status = EventStatus::Held;
                const bool recent = event.lastDate().daysTo(today) <= 14;
                if (!dice.chance(recent ? 50 : 4)) {
                    for (int f = 0; f < figureCount; ++f) {
                        const auto [low, high] = plan.figures[std::size_t(f)];
                        // A figure that cannot occur for this kind stays "not recorded", except
                        // pupils and teachers, which coordinators always fill in.
                        if (high > 0 || f <= int(Figure::Teachers))
                            event.figures[std::size_t(f)] = dice.roll(low, high);
                    }
                }
            }
            // A course that began in the past and runs on is still under way, not held.
            if (event.lastDate() >= today && event.status == EventStatus::Held) {
                event.status = EventStatus::Confirmed;
                event.clearFigures();
            }
            events.append(event);
        }
    }

    // What lies ahead: planned and confirmed events over the next four months, one every week
    // or so, avoiding Sundays.
    for (int n = 0; n < 18; ++n) {
        const KindPlan &plan = kindPlans[std::size_t(n) % std::size(kindPlans)];
        QDate day = today.addDays(1 + n * 7 + dice.roll(0, 4));
        if (day.dayOfWeek() == Qt::Sunday)
            day = day.addDays(1);
        Event event;
        event.clusterId = clusterId;
        if (!makeEvent(plan, n + 3, day, partners, dice, &event))
            continue;
        event.status = n % 3 == 0 ? EventStatus::Confirmed : EventStatus::Planned;
        events.append(event);
    }

    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.startDateTime() < b.startDateTime();
    });
    return events;
}
