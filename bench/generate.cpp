// bench/generate: writes a LARGE, realistic trajectory for the benchmarks.
//
//   generate OUT.akkoord [--seed N] [--history N]
//   generate --import-json OUT.json [--agreements N] [--answer-chars N]
//
// The second form writes an export for `akkoord import` to time: a short
// trajectory with 10 partners, N agreements of a short line each (compact
// JSON, about 60 bytes per agreement, so a million stay within the 64 MB an
// import may have) and, with --answer-chars, one answer of that many
// characters (the longest accepted: 33,554,432).
//
// 30 partners; every catalogue question (phase questions and the building
// blocks' builder questions) answered with 1–3 paragraphs of Dutch-ish text;
// perspectives from about half the partners on every question that asks for
// them; every partner's urgency rating; 12 ambitions; 200 agreements spread
// over the six building blocks; 3 self-assessment rounds of 40 respondents
// who each rate every statement; and an edit history of 50,000 revisions
// whose old/new values chain the way real edits do.
//
// Deterministic for a seed: its own SplitMix64 generator (no std::
// distributions, whose output differs between standard libraries) and fixed
// timestamps. Written in one transaction through TrajectoryFile::createFrom,
// the same path `akkoord import` uses.

#include "catalog/catalogloader.h"
#include "domain/error.h"
#include "storage/jsoncodec.h"
#include "storage/trajectoryfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>

using namespace akkoord;

namespace {

class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int range(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); } // inclusive
    bool chance(int percent) { return range(1, 100) <= percent; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &a) { return a[std::size_t(range(0, int(N) - 1))]; }

private:
    std::uint64_t m_state;
};

constexpr std::array<const char *, 24> kSubjects{
    "de gemeente", "het schoolbestuur", "de kinderopvang", "de jeugdgezondheidszorg", "het wijkteam", "de peuteropvang",
    "het samenwerkingsverband", "de jeugdhulp", "het welzijnswerk", "de ouders", "de jongeren", "de leerkrachten",
    "de pedagogisch medewerkers", "de intern begeleiders", "de wijkagent", "het consultatiebureau", "de kerngroep", "de stuurgroep",
    "elke partner", "het sociaal team", "de logopedist", "de bibliotheek", "het kindcentrum", "de buurtsportcoach"};
constexpr std::array<const char *, 20> kVerbs{
    "bespreekt", "signaleert", "organiseert", "versterkt", "onderzoekt", "begeleidt", "ondersteunt", "verbetert", "deelt",
    "brengt in beeld", "bewaakt", "stemt af", "neemt mee", "verankert", "financiert", "evalueert", "betrekt", "vertaalt", "regelt", "plant"};
constexpr std::array<const char *, 28> kObjects{
    "de warme overdracht", "de taalontwikkeling van peuters", "het voorschoolse aanbod", "de zorgen over jonge kinderen",
    "de doorgaande lijn", "het bereik van de doelgroep", "de inzet van middelen", "de gezamenlijke monitor", "het zorgoverleg",
    "de toegang tot jeugdhulp", "de ouderbetrokkenheid", "de afspraken over privacy", "het gezamenlijke ontwikkelkader",
    "de inzet van professionals", "de scholing van medewerkers", "de resultaten voor kinderen", "de signalering in de wijk",
    "de overgang naar groep 1", "het aanbod in de kleine kernen", "de vroegsignalering", "de huisvesting van de peutergroep",
    "de rol van de gemeente", "de verantwoording aan de raad", "de samenwerking met de huisarts", "de wachtlijsten",
    "de bekostiging", "het gesprek met ouders", "de gedeelde visie"};
constexpr std::array<const char *, 18> kTails{
    "voor alle kinderen van 0 tot 6 jaar", "in de wijk Molenkamp", "in de kleine kernen", "vóór de zomer", "binnen het bestaande budget",
    "samen met de ouders", "met een vast aanspreekpunt", "zodat niemand tussen wal en schip valt", "in elk kindcentrum",
    "op basis van de monitor", "met oog voor de verschillen tussen scholen", "zonder extra regels", "twee keer per jaar",
    "in overleg met de jeugdarts", "met een heldere taakverdeling", "vanaf het volgende schooljaar", "in de hele regio",
    "zoals afgesproken in de stuurgroep"};
constexpr std::array<const char *, 10> kOpeners{"Daarnaast", "Bovendien", "Tegelijk", "Vooral", "Wel", "Toch", "Ook", "Verder", "Concreet", "Eerlijk gezegd"};
constexpr std::array<const char *, 16> kFirst{"Anouk", "Bas", "Charlotte", "Daan", "Eva", "Femke", "Gijs", "Hanneke", "Ilse", "Jeroen",
                                              "Karin", "Lotte", "Marieke", "Niels", "Olga", "Pieter"};
constexpr std::array<const char *, 16> kLast{"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
                                             "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kamminga", "Zijlstra", "Hofstede"};
constexpr std::array<const char *, 8> kPlaces{"Lommerwolde", "Haverdijk", "Ter Wiel", "Molenkamp", "Vaartland", "Dwarsstroom", "Heuvelrade", "Oosterveen"};

QString cap(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString sentence(Rng &r)
{
    QString s;
    if (r.chance(30))
        s = QString::fromUtf8(r.pick(kOpeners)) + QLatin1Char(' ') + QString::fromUtf8(r.pick(kVerbs)) + QLatin1Char(' ') +
            QString::fromUtf8(r.pick(kSubjects));
    else
        s = cap(QString::fromUtf8(r.pick(kSubjects))) + QLatin1Char(' ') + QString::fromUtf8(r.pick(kVerbs));
    s += QLatin1Char(' ') + QString::fromUtf8(r.pick(kObjects));
    if (r.chance(70))
        s += QLatin1Char(' ') + QString::fromUtf8(r.pick(kTails));
    if (r.chance(25))
        s += QStringLiteral(", en ") + QString::fromUtf8(r.pick(kSubjects)) + QLatin1Char(' ') + QString::fromUtf8(r.pick(kVerbs)) +
             QLatin1Char(' ') + QString::fromUtf8(r.pick(kObjects));
    return s + QLatin1Char('.');
}

QString paragraph(Rng &r, int minSentences = 3, int maxSentences = 6)
{
    QStringList s;
    const int n = r.range(minSentences, maxSentences);
    for (int i = 0; i < n; ++i)
        s << sentence(r);
    return s.join(QLatin1Char(' '));
}

QString paragraphs(Rng &r, int lo = 1, int hi = 3)
{
    QStringList p;
    const int n = r.range(lo, hi);
    for (int i = 0; i < n; ++i)
        p << paragraph(r);
    return p.join(QStringLiteral("\n\n"));
}

QString listText(Rng &r)
{
    QStringList items;
    const int n = r.range(3, 8);
    for (int i = 0; i < n; ++i)
        items << sentence(r);
    return items.join(QLatin1Char('\n'));
}

QString person(Rng &r) { return QString::fromUtf8(r.pick(kFirst)) + QLatin1Char(' ') + QString::fromUtf8(r.pick(kLast)); }

QString orgName(PartnerDomain d, int i, Rng &r)
{
    const QString place = QString::fromUtf8(r.pick(kPlaces));
    switch (d) {
    case PartnerDomain::Municipality: return QStringLiteral("Gemeente %1 (%2)").arg(place).arg(i);
    case PartnerDomain::PrimaryEducation: return QStringLiteral("Stichting Primair Onderwijs %1 %2").arg(place).arg(i);
    case PartnerDomain::SecondaryEducation: return QStringLiteral("Scholengemeenschap %1 %2").arg(place).arg(i);
    case PartnerDomain::AppropriateEducation: return QStringLiteral("Samenwerkingsverband Passend Onderwijs %1 %2").arg(place).arg(i);
    case PartnerDomain::Childcare: return QStringLiteral("Kinderopvang De Kleine Kapitein %1 %2").arg(place).arg(i);
    case PartnerDomain::YouthHealthCare: return QStringLiteral("JGZ GGD %1 %2").arg(place).arg(i);
    case PartnerDomain::Welfare: return QStringLiteral("Welzijn %1 %2").arg(place).arg(i);
    case PartnerDomain::YouthCare: return QStringLiteral("Jeugdhulp %1 %2").arg(place).arg(i);
    case PartnerDomain::Safety: return QStringLiteral("Politie basisteam %1 %2").arg(place).arg(i);
    case PartnerDomain::SportCulture: return QStringLiteral("Bibliotheek en Sport %1 %2").arg(place).arg(i);
    case PartnerDomain::Parents: return QStringLiteral("Ouderplatform %1 %2").arg(place).arg(i);
    case PartnerDomain::YoungPeople: return QStringLiteral("Jongerenraad %1 %2").arg(place).arg(i);
    case PartnerDomain::Other: return QStringLiteral("Stichting Samen %1 %2").arg(place).arg(i);
    }
    return QStringLiteral("Partner %1").arg(i);
}

QString slug(const QString &s) { return s.toLower().remove(QLatin1Char(' ')).left(12); }

struct Options
{
    QString out;
    std::uint64_t seed = 20261101;
    int history = 50000;
    int partners = 30;
    int agreements = 200;
    int rounds = 3;
    int respondents = 40;
};

ExchangeData generate(const Options &o, const Catalog &catalog)
{
    Rng r(o.seed);
    ExchangeData ex;
    TrajectoryData &d = ex.data;
    const QDateTime base(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    qint64 clock = 0; // seconds after base, only ever increases
    auto tick = [&](int lo, int hi) {
        clock += r.range(lo, hi);
        return base.addSecs(clock);
    };

    d.info.title = QStringLiteral("Kansrijk opgroeien in de regio Vaartland (benchmark)");
    d.info.shortTitle = QStringLiteral("Kansrijk Vaartland");
    d.info.issue = paragraph(r, 2, 3);
    d.info.municipality = QStringLiteral("Regio Vaartland");
    d.info.facilitator = person(r);
    d.info.createdOn = QDate(2026, 9, 1);
    d.info.startDate = QDate(2027, 1, 1);
    d.info.durationYears = 4;
    d.info.evaluationRhythm = QStringLiteral("jaarlijks in november");
    d.info.signingPlace = QStringLiteral("Lommerwolde");
    d.info.signingDate = QDate(2027, 1, 15);
    d.info.catalogVersion = catalog.catalogVersion;

    const QList<PartnerDomain> domains = allDomains();
    for (int i = 1; i <= o.partners; ++i) {
        Partner p;
        p.id = i;
        p.domain = domains[(i - 1) % domains.size()];
        p.organisation = orgName(p.domain, i, r);
        p.role = i <= o.partners * 2 / 3 ? PartnerRole::Core : PartnerRole::Outer;
        p.contactName = person(r);
        p.contactEmail = slug(p.contactName) + QStringLiteral("@partner%1.example.nl").arg(i);
        p.contactPhone = QStringLiteral("0594 %1").arg(100000 + r.range(0, 899999));
        p.signatory = Signatory{person(r), QStringLiteral("bestuurder"), r.chance(20)};
        p.position = i - 1;
        d.partners.append(p);
    }

    // Every question: phase questions and the building blocks' builder questions.
    struct Q
    {
        QString id;
        AnswerKind kind;
        bool perspectives;
    };
    QList<Q> questions;
    for (const Phase &ph : catalog.phases)
        for (const Question &q : ph.questions)
            questions.append({q.id, q.kind, q.perspectives});
    for (const BuildingBlock &b : catalog.buildingBlocks)
        for (const BuilderQuestion &q : b.questions)
            questions.append({q.id, AnswerKind::Text, false});

    for (const Q &q : questions) {
        Answer a;
        a.questionId = q.id;
        a.text = q.kind == AnswerKind::List ? listText(r) : paragraphs(r);
        if (q.kind == AnswerKind::PartnerChecklist)
            for (const Partner &p : d.partners)
                if (r.chance(40))
                    a.choices << QString::number(p.id);
        if (q.kind == AnswerKind::DomainChecklist)
            for (PartnerDomain dom : domains)
                if (r.chance(60))
                    a.choices << domainKey(dom);
        a.status = AnswerStatus(r.range(0, 2));
        a.updatedAt = tick(60, 600);
        d.answers.append(a);
        if (q.perspectives)
            for (const Partner &p : d.partners)
                if (r.chance(50))
                    d.perspectives.append(Perspective{q.id, p.id, paragraph(r, 2, 5), tick(10, 300)});
        if (q.kind == AnswerKind::PartnerRating)
            for (const Partner &p : d.partners)
                d.ratings.append(Rating{q.id, p.id, r.range(1, 5), sentence(r)});
    }

    for (int i = 1; i <= 12; ++i)
        d.ambitions.append(Ambition{i, cap(QString::fromUtf8(r.pick(kObjects))) + QStringLiteral(" op orde ") + QString::fromUtf8(r.pick(kTails)),
                                    paragraph(r, 1, 2), i - 1});

    const QList<AgreementStatus> statuses = allAgreementStatuses();
    for (int i = 1; i <= o.agreements; ++i) {
        Agreement a;
        a.id = i;
        a.buildingBlock = catalog.buildingBlocks[(i - 1) % catalog.buildingBlocks.size()].id;
        a.what = paragraph(r, 1, 3);
        a.owner = r.range(1, o.partners);
        for (int c = 0, n = r.range(0, 6); c < n; ++c) {
            const PartnerId pid = r.range(1, o.partners);
            if (pid != *a.owner && !a.contributors.contains(pid))
                a.contributors.append(pid);
        }
        a.deadline = QDate(2027, 1, 1).addDays(r.range(30, 1400));
        a.means = sentence(r);
        a.indicator = sentence(r);
        a.target = QStringLiteral("%1% van de kinderen vóór %2").arg(r.range(50, 100)).arg(2027 + r.range(0, 3));
        // Mostly agreed or in progress, so the covenant carries most of them.
        const int s = r.range(0, 9);
        a.status = s < 5 ? AgreementStatus::Agreed : s < 7 ? AgreementStatus::InProgress : statuses[s % statuses.size()];
        for (int c = 0, n = r.range(1, 3); c < n; ++c) {
            const RecordId amb = r.range(1, 12);
            if (!a.ambitions.contains(amb))
                a.ambitions.append(amb);
        }
        a.position = i - 1;
        d.agreements.append(a);
    }

    for (int i = 1; i <= 10; ++i)
        d.accountability.append(AccountabilityItem{i, sentence(r), QString::fromUtf8(r.pick(kSubjects)), QStringLiteral("jaarlijks"), sentence(r), i - 1});
    for (int i = 1; i <= 6; ++i)
        d.evaluations.append(Evaluation{i, QDate(2027, 11, 1).addMonths(6 * i), paragraph(r, 1, 2)});
    for (int i = 1; i <= 12; ++i) {
        WorkshopSession w{i, QDate(2026, 9, 10).addDays(14 * i), QString::fromUtf8(r.pick(kPlaces)), {}, paragraphs(r, 1, 2)};
        for (const Partner &p : d.partners)
            if (r.chance(70))
                w.attendees.append(p.id);
        d.sessions.append(w);
    }

    QStringList statements;
    for (const BuildingBlock &b : catalog.buildingBlocks)
        for (const Statement &s : b.statements)
            statements << s.id;
    RecordId respondentId = 0;
    for (int round = 1; round <= o.rounds; ++round) {
        d.rounds.append(AssessmentRound{round, QStringLiteral("Meting %1").arg(round), QDate(2026, 11, 20).addMonths(12 * (round - 1))});
        for (int i = 0; i < o.respondents; ++i) {
            Respondent resp;
            resp.id = ++respondentId;
            resp.round = round;
            resp.name = person(r);
            resp.partner = PartnerId(1 + i % o.partners);
            resp.role = d.partners[int(*resp.partner - 1)].role;
            resp.position = i;
            d.respondents.append(resp);
            for (const QString &st : statements)
                d.scores.append(AssessmentScore{resp.id, st, r.chance(8) ? kDontKnow : r.range(1, 5)});
            for (const BuildingBlock &b : catalog.buildingBlocks)
                if (r.chance(15))
                    d.comments.append(AssessmentComment{resp.id, b.id, sentence(r)});
        }
    }

    // History: revisions of answers (60%), perspectives (25%) and agreements
    // (15%). Each row's old value is the previous row's new value for that
    // record, as the real save path writes them.
    QHash<QString, QString> last; // entity/key -> last JSON
    const QStringList authors{QStringLiteral("facilitator"), QStringLiteral("kerngroep"), QStringLiteral("secretaris")};
    for (int i = 1; i <= o.history; ++i) {
        HistoryEntry h;
        h.id = i;
        h.at = tick(2, 40);
        h.author = authors[r.range(0, int(authors.size()) - 1)];
        const int kind = r.range(1, 100);
        QString json;
        if (kind <= 60) {
            const Q &q = questions[r.range(0, int(questions.size()) - 1)];
            h.entity = QStringLiteral("answer");
            h.key = q.id;
            Answer a{q.id, q.kind == AnswerKind::List ? listText(r) : paragraphs(r), {}, AnswerStatus(r.range(0, 2)), {}};
            json = QString::fromStdString(answerToJson(a).dump());
        } else if (kind <= 85 && !d.perspectives.isEmpty()) {
            const Perspective &p0 = d.perspectives[r.range(0, int(d.perspectives.size()) - 1)];
            h.entity = QStringLiteral("perspective");
            h.key = p0.questionId + QLatin1Char('/') + QString::number(p0.partnerId);
            json = QString::fromStdString(perspectiveToJson(Perspective{p0.questionId, p0.partnerId, paragraph(r, 2, 5), {}}).dump());
        } else {
            Agreement a = d.agreements[r.range(0, int(d.agreements.size()) - 1)];
            a.what = paragraph(r, 1, 3);
            a.position = 0;
            h.entity = QStringLiteral("agreement");
            h.key = QString::number(a.id);
            json = QString::fromStdString(agreementToJson(a).dump());
        }
        const QString slot = h.entity + QLatin1Char('/') + h.key;
        h.oldValue = last.value(slot);
        h.newValue = json;
        last.insert(slot, json);
        ex.history.append(h);
    }
    return ex;
}

// A compact export: written by hand rather than through toJsonText, whose
// indented output with every field would not fit a million agreements into
// the 64 MB an import may have.
void writeImportJson(const QString &path, qint64 agreements, qint64 answerChars)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw UserError(QStringLiteral("cannot write ") + path);
    QByteArray out;
    out += R"({"format":"akkoord-trajectory","formatVersion":3,"trajectory":{"title":"Bench import","municipality":"Gemeente Lommerwolde"},"partners":[)";
    for (int p = 1; p <= 10; ++p)
        out += (p > 1 ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(p) + R"(,"organisation":"Partner )" + QByteArray::number(p) +
               R"(","domain":"municipality","role":"core"})";
    out += "]";
    if (answerChars > 0) {
        out += R"(,"answers":[{"question":"ambities.bijdrage-partners","text":")";
        f.write(out);
        out.clear();
        const QByteArray line = "Een lange tekst van een partner over de wijk en de kinderen. ";
        for (qint64 written = 0; written < answerChars; written += line.size())
            f.write(line.left(int(std::min<qint64>(line.size(), answerChars - written))));
        out += R"("}])";
    }
    out += R"(,"agreements":[)";
    for (qint64 i = 1; i <= agreements; ++i) {
        out += (i > 1 ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"what":"Afspraak )" + QByteArray::number(i) +
               R"(","owner":)" + QByteArray::number(1 + i % 10) + "}";
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    out += "]}\n";
    f.write(out);
    if (!f.flush())
        throw UserError(QStringLiteral("cannot write ") + path);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    Options o;
    if (!args.isEmpty() && args[0] == QLatin1String("--import-json")) {
        qint64 agreements = 0, answerChars = 0;
        for (int i = 2; i + 1 < args.size(); i += 2) {
            if (args[i] == QLatin1String("--agreements"))
                agreements = args[i + 1].toLongLong();
            else if (args[i] == QLatin1String("--answer-chars"))
                answerChars = args[i + 1].toLongLong();
        }
        if (args.size() < 2) {
            std::fprintf(stderr, "usage: generate --import-json OUT.json [--agreements N] [--answer-chars N]\n");
            return 2;
        }
        try {
            writeImportJson(args[1], agreements, answerChars);
        } catch (const UserError &e) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(e.message()));
            return 1;
        }
        return 0;
    }
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            o.seed = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--history") && i + 1 < args.size())
            o.history = args[++i].toInt();
        else if (o.out.isEmpty() && !args[i].startsWith(QLatin1Char('-')))
            o.out = args[i];
        else {
            std::fprintf(stderr, "usage: generate OUT.akkoord [--seed N] [--history N]\n");
            return 2;
        }
    }
    if (o.out.isEmpty()) {
        std::fprintf(stderr, "usage: generate OUT.akkoord [--seed N] [--history N]\n");
        return 2;
    }
    try {
        const CatalogLoad load = loadCatalog(builtinCatalogDir());
        if (!load.ok()) {
            std::fprintf(stderr, "generate: the built-in catalogue has errors\n");
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const ExchangeData ex = generate(o, load.catalog);
        const qint64 built = t.elapsed();
        QFile::remove(o.out);
        TrajectoryFile::createFrom(o.out, ex);
        std::printf("generated %s: %lld partners, %lld answers, %lld perspectives, %lld ratings, %lld agreements, %lld respondents, "
                    "%lld scores, %lld history rows, %lld bytes (model %lld ms, write %lld ms)\n",
                    qPrintable(o.out), (long long)ex.data.partners.size(), (long long)ex.data.answers.size(), (long long)ex.data.perspectives.size(),
                    (long long)ex.data.ratings.size(), (long long)ex.data.agreements.size(), (long long)ex.data.respondents.size(),
                    (long long)ex.data.scores.size(), (long long)ex.history.size(), (long long)QFile(o.out).size(), (long long)built,
                    (long long)(t.elapsed() - built));
    } catch (const UserError &e) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
