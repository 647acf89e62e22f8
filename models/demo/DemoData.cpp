#include "models/demo/DemoData.h"

#include "models/clusters/ClusterRepository.h"
#include "models/common/TextFolding.h"
#include "models/demo/DemoEvents.h"
#include "models/events/EventRepository.h"
#include "models/partners/PartnerRepository.h"
#include "models/periods/ReportingPeriodRepository.h"
#include "models/storage/Transaction.h"

#include <QList>
#include <QRegularExpression>

namespace {

// Every name below is invented; web sites and mail live under example.org (RFC 2606) and phone
// numbers use the 555 block, so nothing here can reach a real institution or person.
struct DemoPartner
{
    const char *name;
    PartnerType type;
    SchoolLevel level;
    const char *city;
    const char *slug; // sub-domain of example.org
    const char *joinedOn;
    const char *leftOn; // nullptr while a member
    const char *notes;  // nullptr for none
};

using T = PartnerType;
using L = SchoolLevel;

// Founders joined from October 2019; new members from June 2022, as on the Trieste platform. The
// dates are written as in PHERECLOS and moved by whole years so that the newest members joined
// last June (demoPartnerList), like every year written in the notes.
const DemoPartner demoPartners[] = {
    {"Scuola Primaria Gabbiano Curioso", T::School, L::Primary, "Trieste", "gabbiano-curioso",
     "2019-10-15", nullptr, "Orto didattico sul tetto; classi aperte alle famiglie il sabato."},
    {"Scuola Primaria Bora Leggera", T::School, L::Primary, "Muggia", "bora-leggera", "2019-11-04",
     nullptr, nullptr},
    {"Scuola Primaria Le Tre Lanterne", T::School, L::Primary, "Trieste", "tre-lanterne",
     "2020-01-20", nullptr, nullptr},
    {"Scuola Primaria Pino Marittimo", T::School, L::Primary, "Duino Aurisina", "pino-marittimo",
     "2020-09-14", nullptr, "Plesso bilingue."},
    {"Scuola Primaria Aquilone Blu", T::School, L::Primary, "Gorizia", "aquilone-blu", "2021-02-08",
     nullptr, nullptr},
    {"Scuola Primaria Stella del Carso", T::School, L::Primary, "Sgonico", "stella-carso",
     "2021-09-20", nullptr, nullptr},
    {"Scuola Primaria Riva Serena", T::School, L::Primary, "Monfalcone", "riva-serena",
     "2022-06-06", nullptr, "Nuovo membro dal giugno 2022."},
    {"Scuola Primaria Girasole Ostinato", T::School, L::Primary, "Udine", "girasole-ostinato",
     "2022-06-20", nullptr, "Nuovo membro dal giugno 2022."},
    {"Scuola Secondaria di Primo Grado Molo Azzurro", T::School, L::LowerSecondary, "Trieste",
     "molo-azzurro", "2019-10-15", nullptr, "Capofila delle settimane STEAM."},
    {"Scuola Secondaria di Primo Grado Vento di Levante", T::School, L::LowerSecondary, "Trieste",
     "vento-levante", "2019-12-02", nullptr, nullptr},
    {"Scuola Media Cartografi Erranti", T::School, L::LowerSecondary, "Muggia",
     "cartografi-erranti", "2020-02-17", "2021-08-31",
     "Uscita dal cluster dopo l'accorpamento con un altro istituto."},
    {"Scuola Secondaria di Primo Grado Lanterna Verde", T::School, L::LowerSecondary, "Gorizia",
     "lanterna-verde", "2020-10-05", nullptr, nullptr},
    {"Istituto Comprensivo Onde Lunghe", T::School, L::LowerSecondary, "San Dorligo della Valle",
     "onde-lunghe", "2020-11-16", nullptr, nullptr},
    {"Istituto Comprensivo Colle dei Mandorli", T::School, L::LowerSecondary, "Trieste",
     "colle-mandorli", "2021-03-01", nullptr, nullptr},
    {"Scuola Secondaria di Primo Grado Alba sul Golfo", T::School, L::LowerSecondary, "Monfalcone",
     "alba-golfo", "2021-10-11", nullptr, nullptr},
    {"Istituto Comprensivo Sentiero delle Lucciole", T::School, L::LowerSecondary, "Udine",
     "sentiero-lucciole", "2022-06-13", nullptr, "Nuovo membro dal giugno 2022."},
    {"Liceo Scientifico Faro del Carso", T::School, L::UpperSecondary, "Trieste", "faro-carso",
     "2019-10-15", nullptr, "Ospita il laboratorio di fisica aperto del cluster."},
    {"Liceo Classico Vela Latina", T::School, L::UpperSecondary, "Trieste", "vela-latina",
     "2019-11-18", nullptr, nullptr},
    {"Liceo delle Scienze Applicate Nebulosa", T::School, L::UpperSecondary, "Trieste", "nebulosa",
     "2020-01-13", nullptr, nullptr},
    {"Istituto Tecnico Tecnologico Ingranaggio d'Oro", T::School, L::UpperSecondary, "Trieste",
     "ingranaggio-oro", "2020-03-02", nullptr, "Robotica educativa per le scuole del primo ciclo."},
    {"Liceo Artistico Pennello Marino", T::School, L::UpperSecondary, "Trieste", "pennello-marino",
     "2020-09-28", nullptr, nullptr},
    {"Istituto Tecnico Nautico Bussola Gentile", T::School, L::UpperSecondary, "Trieste",
     "bussola-gentile", "2021-01-25", nullptr, nullptr},
    {"Liceo Linguistico Ponte delle Lingue", T::School, L::UpperSecondary, "Gorizia",
     "ponte-lingue", "2021-04-19", nullptr, nullptr},
    {"Istituto di Istruzione Superiore Quattro Stagioni", T::School, L::UpperSecondary,
     "Monfalcone", "quattro-stagioni", "2021-11-08", nullptr, nullptr},
    {"Liceo Scientifico Cometa Gentile", T::School, L::UpperSecondary, "Udine", "cometa-gentile",
     "2022-02-14", nullptr, nullptr},
    {"Centro di Formazione Professionale Mani Sapienti", T::School, L::Vocational, "Trieste",
     "mani-sapienti", "2020-02-03", nullptr, nullptr},
    {"Istituto Professionale Officina del Porto", T::School, L::Vocational, "Trieste",
     "officina-porto", "2020-10-19", nullptr, nullptr},
    {"Istituto Professionale Cucine dell'Altipiano", T::School, L::Vocational, "Sgonico",
     "cucine-altipiano", "2021-05-10", nullptr, "Laboratori di chimica degli alimenti."},
    {"Centro di Formazione Professionale Filo e Telaio", T::School, L::Vocational, "Gorizia",
     "filo-telaio", "2022-01-17", nullptr, nullptr},
    {"Università Immaginaria del Golfo", T::University, L::None, "Trieste", "uni-golfo",
     "2019-10-01", nullptr, "Coordina il cluster con il centro scienza Scintilla."},
    {"Ateneo Fittizio di Scienze del Mare", T::University, L::None, "Trieste", "ateneo-mare",
     "2019-10-01", nullptr, nullptr},
    {"Centro di Ricerca Onde e Particelle", T::ResearchCentre, L::None, "Trieste",
     "onde-particelle", "2019-10-01", nullptr, "Visite guidate ai laboratori su prenotazione."},
    {"Osservatorio Astronomico del Monte Immaginario", T::ResearchCentre, L::None, "Trieste",
     "monte-immaginario", "2019-12-09", nullptr, nullptr},
    {"Laboratorio di Biologia Marina Stella Marina", T::ResearchCentre, L::None, "Muggia",
     "stella-marina", "2020-05-18", nullptr, nullptr},
    {"Istituto di Ricerca Clima e Bora", T::ResearchCentre, L::None, "Trieste", "clima-bora",
     "2021-01-11", nullptr, nullptr},
    {"Centro di Calcolo Quanti & Bit", T::ResearchCentre, L::None, "Trieste", "quanti-bit",
     "2022-06-27", nullptr, "Nuovo membro dal giugno 2022."},
    {"Museo del Mare Immaginato", T::Museum, L::None, "Trieste", "mare-immaginato", "2019-10-01",
     nullptr, nullptr},
    {"Science Centre Scintilla", T::Museum, L::None, "Trieste", "scintilla", "2019-10-01", nullptr,
     "Ente gestore del cluster demo."},
    {"Planetario Orsa Minore", T::Museum, L::None, "Gorizia", "orsa-minore", "2020-04-06", nullptr,
     nullptr},
    {"Museo della Scienza Quotidiana", T::Museum, L::None, "Udine", "scienza-quotidiana",
     "2021-06-07", nullptr, nullptr},
    {"Acquario Didattico Cavalluccio", T::Museum, L::None, "Muggia", "cavalluccio", "2021-09-06",
     nullptr, nullptr},
    {"Cantieri Navali Fantasia S.r.l.", T::Business, L::None, "Monfalcone", "cantieri-fantasia",
     "2020-01-27", nullptr, "Offre visite al cantiere per le classi quarte e quinte."},
    {"Torrefazione Aroma Fittizio S.p.A.", T::Business, L::None, "Trieste", "aroma-fittizio",
     "2020-06-15", nullptr, nullptr},
    {"BitBora Software S.r.l.", T::Business, L::None, "Trieste", "bitbora", "2020-11-02", nullptr,
     nullptr},
    {"Energie del Carso Società Cooperativa", T::Business, L::None, "Sgonico", "energie-carso",
     "2021-03-22", nullptr, nullptr},
    {"Robotica Gentile S.r.l.", T::Business, L::None, "Udine", "robotica-gentile", "2021-10-25",
     nullptr, nullptr},
    {"Tipografia Inchiostro Blu", T::Business, L::None, "Gorizia", "inchiostro-blu", "2020-02-24",
     "2021-06-30", "Ha cessato l'attività nel 2021."},
    {"Laboratori Ottici Lente Chiara S.r.l.", T::Business, L::None, "Trieste", "lente-chiara",
     "2022-04-04", nullptr, nullptr},
    {"Associazione Curiosi di Natura", T::NonProfit, L::None, "Trieste", "curiosi-natura",
     "2019-10-21", nullptr, nullptr},
    {"Associazione Genitori in Rete", T::NonProfit, L::None, "Trieste", "genitori-rete",
     "2020-03-09", nullptr, "Porta la voce delle famiglie nel gruppo di lavoro."},
    {"Club Astrofili Via Lattea Fittizia", T::NonProfit, L::None, "Duino Aurisina", "astrofili",
     "2020-10-12", nullptr, nullptr},
    {"Cooperativa Sociale Il Ponte Immaginario", T::NonProfit, L::None, "Gorizia",
     "ponte-immaginario", "2021-02-22", "2022-01-31", nullptr},
    {"Associazione Coding Dojo Adriatico", T::NonProfit, L::None, "Trieste", "coding-dojo",
     "2021-05-24", nullptr, nullptr},
    {"Fondazione Lettura e Stelle", T::NonProfit, L::None, "Udine", "lettura-stelle", "2022-06-08",
     nullptr, "Nuovo membro dal giugno 2022."},
    {"Comune di Valmarina", T::LocalAuthority, L::None, "Valmarina", "comune-valmarina",
     "2019-10-01", nullptr, nullptr},
    {"Comune di San Gabbiano al Mare", T::LocalAuthority, L::None, "San Gabbiano al Mare",
     "comune-san-gabbiano", "2020-09-07", nullptr, nullptr},
    {"Unione Territoriale del Carso Immaginario", T::LocalAuthority, L::None, "Sgonico",
     "unione-carso", "2021-04-12", nullptr, nullptr},
    {"Ufficio Scolastico Regionale Fittizio", T::Government, L::None, "Trieste", "usr-fittizio",
     "2019-10-01", nullptr, "Riconosce le attività del cluster come formazione docenti."},
    {"Agenzia Regionale Fittizia per l'Ambiente", T::Government, L::None, "Udine",
     "agenzia-ambiente", "2021-07-05", nullptr, nullptr},
    {"Biblioteca Civica Pagine al Vento", T::Other, L::None, "Trieste", "pagine-al-vento",
     "2020-01-08", nullptr, nullptr},
    {"Radio Comunitaria Onda Curiosa", T::Other, L::None, "Trieste", "onda-curiosa", "2020-12-14",
     "2022-03-31", "Trasmissione settimanale sulle attività del cluster fino al 2022."},
    {"Parco Naturale della Val Fittizia", T::Other, L::None, "San Dorligo della Valle",
     "val-fittizia", "2021-08-30", nullptr, nullptr},
};

struct Person
{
    const char *firstName;
    bool female;
};

const Person firstNames[] = {
    {"Giulia", true},    {"Marco", false},    {"Chiara", true},  {"Davide", false},
    {"Francesca", true}, {"Luca", false},     {"Elena", true},   {"Stefano", false},
    {"Martina", true},   {"Paolo", false},    {"Silvia", true},  {"Andrea", false},
    {"Valentina", true}, {"Matteo", false},   {"Alessia", true}, {"Giorgio", false},
    {"Irene", true},     {"Federico", false}, {"Laura", true},   {"Simone", false},
    {"Sara", true},      {"Tommaso", false},  {"Anna", true},
};

const char *const surnames[] = {
    "Marinelli", "Zorzut",    "Bressan",  "Coslovich", "Furlani", "Sterni",  "Vidali",
    "Pahor",     "Benvenuti", "Kosuta",   "Degrassi",  "Tamaro",  "Ferluga", "Cok",
    "Stolfa",    "Urbani",    "Visintin", "Gregori",   "Lupieri", "Miani",   "Sancin",
};

struct Role
{
    const char *female;
    const char *male;
};

// The first role is the institution's head or main contact, the second the STEAM contact.
std::pair<Role, Role> rolesFor(PartnerType type)
{
    switch (type) {
    case PartnerType::School:
        return {{"Dirigente scolastica", "Dirigente scolastico"},
                {"Referente STEAM", "Referente STEAM"}};
    case PartnerType::University:
        return {{"Delegata alla terza missione", "Delegato alla terza missione"},
                {"Ufficio public engagement", "Ufficio public engagement"}};
    case PartnerType::ResearchCentre:
        return {{"Responsabile comunicazione", "Responsabile comunicazione"},
                {"Ricercatrice, divulgazione", "Ricercatore, divulgazione"}};
    case PartnerType::Museum:
        return {{"Responsabile servizi educativi", "Responsabile servizi educativi"},
                {"Animatrice scientifica", "Animatore scientifico"}};
    case PartnerType::Business:
        return {{"Responsabile risorse umane", "Responsabile risorse umane"},
                {"Tutor per i percorsi scuola-lavoro", "Tutor per i percorsi scuola-lavoro"}};
    case PartnerType::NonProfit:
        return {{"Presidente", "Presidente"}, {"Coordinatrice progetti", "Coordinatore progetti"}};
    case PartnerType::LocalAuthority:
        return {{"Assessora all'istruzione", "Assessore all'istruzione"},
                {"Funzionaria servizio educativo", "Funzionario servizio educativo"}};
    case PartnerType::Government:
        return {{"Dirigente tecnica", "Dirigente tecnico"},
                {"Referente formazione docenti", "Referente formazione docenti"}};
    case PartnerType::Other:
        break;
    }
    return {{"Direttrice", "Direttore"},
            {"Referente attività educative", "Referente attività educative"}};
}

const char *const streets[] = {
    "Via del Faro",       "Via delle Saline",   "Riva dei Pescatori", "Viale della Bora",
    "Via dei Glicini",    "Via del Belvedere",  "Salita delle Vigne", "Via dei Mandorli",
    "Piazza dei Velieri", "Via delle Lanterne", "Strada del Carso",   "Via dei Gabbiani",
};

template<typename Item, std::size_t N>
const Item &pick(const Item (&items)[N], qsizetype index)
{
    return items[std::size_t(index) % N];
}

// The demo phone numbers: 555 numbers with no area, obviously fictional.
QString demoPhone(qsizetype number)
{
    return QStringLiteral("+39 000 555 %1").arg(number, 4, 10, QLatin1Char('0'));
}

QList<ContactPerson> demoContacts(const DemoPartner &entry, qsizetype index, const QString &domain)
{
    // Most partners have one or two contact persons, every seventh none yet.
    const int count = index % 7 == 6 ? 0 : (index % 3 == 0 ? 2 : 1);
    const auto roles = rolesFor(entry.type);
    QList<ContactPerson> contacts;
    for (int k = 0; k < count; ++k) {
        const Person &person = pick(firstNames, index * 5 + k * 11);
        const QString firstName = QString::fromUtf8(person.firstName);
        const QString surname = QString::fromUtf8(pick(surnames, index * 3 + k * 7));
        const Role &role = k == 0 ? roles.first : roles.second;
        ContactPerson contact;
        contact.name = firstName + QLatin1Char(' ') + surname;
        contact.role = QString::fromUtf8(person.female ? role.female : role.male);
        contact.email = TextFolding::fold(firstName) + QLatin1Char('.') +
                        TextFolding::fold(surname) + QLatin1Char('@') + domain;
        contact.phone = demoPhone(2000 + index * 2 + k);
        contacts.append(contact);
    }
    return contacts;
}

// The years in a note, moved like the dates.
QString shiftedYears(const QString &text, int years)
{
    static const QRegularExpression year(QStringLiteral("\\b20\\d\\d\\b"));
    QString result;
    qsizetype from = 0;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(from, match.capturedStart() - from);
        result += QString::number(match.captured().toInt() + years);
        from = match.capturedEnd();
    }
    return result + text.mid(from);
}

QList<Partner> demoPartnerList(const QString &clusterId, int years)
{
    QList<Partner> partners;
    qsizetype index = 0;
    for (const DemoPartner &entry : demoPartners) {
        const QString domain = QString::fromLatin1(entry.slug) + QStringLiteral(".example.org");
        Partner partner;
        partner.clusterId = clusterId;
        partner.name = QString::fromUtf8(entry.name);
        partner.type = entry.type;
        partner.schoolLevel = entry.level;
        partner.city = QString::fromUtf8(entry.city);
        partner.address = QString::fromUtf8(pick(streets, index * 5)) +
                          QStringLiteral(" %1").arg(index * 7 % 89 + 1);
        // A few small members have no web site of their own.
        if (index % 11 != 10)
            partner.website = QStringLiteral("https://www.") + domain;
        partner.email = (entry.type == PartnerType::School ? QStringLiteral("segreteria@")
                                                           : QStringLiteral("info@")) +
                        domain;
        partner.phone = demoPhone(1000 + index);
        partner.joinedOn =
            QDate::fromString(QString::fromLatin1(entry.joinedOn), Qt::ISODate).addYears(years);
        if (entry.leftOn)
            partner.leftOn =
                QDate::fromString(QString::fromLatin1(entry.leftOn), Qt::ISODate).addYears(years);
        if (entry.notes)
            partner.notes = shiftedYears(QString::fromUtf8(entry.notes), years);
        partner.contacts = demoContacts(entry, index, domain);
        partners.append(partner);
        ++index;
    }
    return partners;
}

// A reporting period per school year, last year's and this one's, none locked (the demo is there
// to be edited), with the targets a cluster could have agreed with its funder for a year: last
// year the demo meets some (institutions, teachers, researchers) and reaches 60–90% of the
// others; this year is under way. "Others reached" has no target.
QList<ReportingPeriod> demoPeriods(const QString &clusterId, QDate today)
{
    const QMap<QString, double> targets = {
        {QStringLiteral("institutions"), 60}, {QStringLiteral("pupils"), 6500},
        {QStringLiteral("teachers"), 1000},   {QStringLiteral("parents"), 2300},
        {QStringLiteral("researchers"), 330}, {QStringLiteral("teacher_trainees"), 450},
        {QStringLiteral("events_held"), 200}};
    QList<ReportingPeriod> periods;
    const QDate thisYear = DemoEvents::schoolYearStart(today);
    for (const QDate start : {thisYear.addYears(-1), thisYear}) {
        ReportingPeriod period;
        period.clusterId = clusterId;
        period.name = DemoData::schoolYearName(start.year()); // in the user's language
        period.start = start;
        period.end = start.addYears(1).addDays(-1);
        period.targets = targets;
        periods.append(period);
    }
    return periods;
}

} // namespace

QString DemoData::defaultClusterName()
{
    return tr("Demo Cluster (fictional)");
}

QString DemoData::schoolYearName(int startYear)
{
    //: A reporting period of the demo cluster, e.g. "School year 2025/26".
    return tr("School year %1/%2")
        .arg(startYear)
        .arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString DemoData::cannotReadMessage(const QString &reason)
{
    return tr("The clusters cannot be read, so no demo data was added: %1").arg(reason);
}

bool DemoData::create(QSqlDatabase db, const QString &clusterName, Cluster *created,
                      bool *alreadyExisted, QString *errorMessage, QDate today)
{
    *alreadyExisted = false;
    ClusterRepository clusters(db);
    // Without a name, any demo cluster will do: its default name is translated, and a demo made
    // in Italian must not get an English twin.
    if (clusterName.trimmed().isEmpty()) {
        const Result<QList<Cluster>> all = clusters.all();
        if (!all) {
            *errorMessage = cannotReadMessage(all.error());
            return false;
        }
        for (const Cluster &existing : *all) {
            if (existing.isDemo) {
                *created = existing;
                *alreadyExisted = true;
                return true;
            }
        }
    }
    const QString name =
        clusterName.trimmed().isEmpty() ? defaultClusterName() : clusterName.trimmed();
    const Result<std::optional<Cluster>> found = clusters.findByName(name);
    if (!found) {
        *errorMessage = cannotReadMessage(found.error());
        return false;
    }
    if (const std::optional<Cluster> &existing = *found) {
        if (!existing->isDemo) {
            *errorMessage = tr("The cluster “%1” holds real data, so no demo data is added to it. "
                               "Choose another name for the demo cluster.")
                                .arg(existing->name);
            return false;
        }
        *created = *existing;
        *alreadyExisted = true;
        return true;
    }

    Cluster cluster;
    cluster.name = name;
    cluster.region = QStringLiteral("Friuli Venezia Giulia");
    cluster.country = QStringLiteral("Italia");
    cluster.coordinator = QStringLiteral("Science Centre Scintilla");
    cluster.isDemo = true;

    // The repositories' own transactions nest inside this one (Transaction uses savepoints), so
    // the cluster and its partners are written together or not at all.
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *errorMessage = tr("Cannot start writing to the database.");
        return false;
    }
    if (!clusters.add(cluster)) {
        *errorMessage = clusters.errorMessage();
        return false;
    }
    // The newest members (June 2022 in the table) joined last June: before this school year.
    const int years = DemoEvents::schoolYearStart(today).year() - 2022;
    QList<Partner> partners = demoPartnerList(cluster.id, years);
    PartnerRepository partnerRepository(db);
    if (!partnerRepository.saveAll(partners)) {
        *errorMessage = partnerRepository.errorMessage();
        return false;
    }
    QList<Event> events = DemoEvents::generate(cluster.id, partners, today);
    EventRepository eventRepository(db);
    if (!eventRepository.saveAll(events)) {
        *errorMessage = eventRepository.errorMessage();
        return false;
    }
    QList<ReportingPeriod> periods = demoPeriods(cluster.id, today);
    ReportingPeriodRepository periodRepository(db);
    if (!periodRepository.apply(periods, {})) {
        *errorMessage = periodRepository.errorMessage();
        return false;
    }
    if (!transaction.commit()) {
        *errorMessage = tr("Cannot save the demo data: %1").arg(db.lastError().text());
        return false;
    }
    *created = cluster;
    return true;
}
