// TrajectoryFile: the whole trajectory at once (load, export, and a new
// file's contents from an export), and the trajectory's own details.

#include "storage/jsonrecords.h"
#include "storage/sqlhelpers.h"

#include <QHash>

namespace akkoord {

using namespace detail;

namespace {

QList<std::pair<QString, QString>> infoPairs(const TrajectoryInfo &i)
{
    return {{QStringLiteral("title"), i.title},
            {QStringLiteral("shortTitle"), i.shortTitle},
            {QStringLiteral("issue"), i.issue},
            {QStringLiteral("municipality"), i.municipality},
            {QStringLiteral("facilitator"), i.facilitator},
            {QStringLiteral("createdOn"), dateToText(i.createdOn)},
            {QStringLiteral("startDate"), dateToText(i.startDate)},
            {QStringLiteral("durationYears"), QString::number(i.durationYears)},
            {QStringLiteral("evaluationRhythm"), i.evaluationRhythm},
            {QStringLiteral("signingPlace"), i.signingPlace},
            {QStringLiteral("signingDate"), dateToText(i.signingDate)},
            {QStringLiteral("catalogVersion"), i.catalogVersion},
            {QStringLiteral("entryIntoForce"), entryIntoForceKey(i.entryIntoForce)},
            {QStringLiteral("renewal"), renewalKey(i.renewal)},
            {QStringLiteral("renewalTimes"), QString::number(i.renewalTimes)},
            {QStringLiteral("renewalYears"), QString::number(i.renewalYears)},
            {QStringLiteral("noticeMonths"), QString::number(i.noticeMonths)},
            {QStringLiteral("governingBody"), i.governingBody},
            {QStringLiteral("sharesPersonalData"), i.sharesPersonalData ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("dataProtocol"), i.dataProtocol}};
}

TrajectoryInfo readInfo(SQLite::Database &db)
{
    SQLite::Statement q(db, "SELECT key, value FROM info");
    QHash<QString, QString> kv;
    while (q.executeStep())
        kv.insert(text(q.getColumn(0)), text(q.getColumn(1)));
    TrajectoryInfo i;
    i.title = kv.value(QStringLiteral("title"));
    i.shortTitle = kv.value(QStringLiteral("shortTitle"));
    i.issue = kv.value(QStringLiteral("issue"));
    i.municipality = kv.value(QStringLiteral("municipality"));
    i.facilitator = kv.value(QStringLiteral("facilitator"));
    i.createdOn = dateFromText(kv.value(QStringLiteral("createdOn")));
    i.startDate = dateFromText(kv.value(QStringLiteral("startDate")));
    i.durationYears = kv.value(QStringLiteral("durationYears"), QStringLiteral("4")).toInt();
    i.evaluationRhythm = kv.value(QStringLiteral("evaluationRhythm"));
    i.signingPlace = kv.value(QStringLiteral("signingPlace"));
    i.signingDate = dateFromText(kv.value(QStringLiteral("signingDate")));
    i.catalogVersion = kv.value(QStringLiteral("catalogVersion"));
    // Files from before schema 4 had only a start date: it was the entry
    // into force.
    const TrajectoryInfo defaults;
    i.entryIntoForce = entryIntoForceFromKey(kv.value(QStringLiteral("entryIntoForce")))
                           .value_or(i.startDate.isValid() ? EntryIntoForce::OnDate : EntryIntoForce::LastSignature);
    i.renewal = renewalFromKey(kv.value(QStringLiteral("renewal"))).value_or(defaults.renewal);
    i.renewalTimes = kv.value(QStringLiteral("renewalTimes"), QString::number(defaults.renewalTimes)).toInt();
    i.renewalYears = kv.value(QStringLiteral("renewalYears"), QString::number(defaults.renewalYears)).toInt();
    i.noticeMonths = kv.value(QStringLiteral("noticeMonths"), QString::number(defaults.noticeMonths)).toInt();
    i.governingBody = kv.value(QStringLiteral("governingBody"));
    i.sharesPersonalData = kv.value(QStringLiteral("sharesPersonalData")) == QLatin1String("1");
    i.dataProtocol = kv.value(QStringLiteral("dataProtocol"));
    return i;
}

} // namespace

TrajectoryData TrajectoryFile::load() const
{
    TrajectoryData d;
    try {
        d.info = readInfo(*m_db);
        loadPartners(d);
        loadAnswers(d);
        loadAgreements(d);
        loadAccountability(d);
        loadSessions(d);
        loadAssessments(d);
        loadWorkshop(d);
        loadCovenantTexts(d);
    } catch (const SQLite::Exception &e) {
        throw sqlError(e, m_path);
    }
    return d;
}

ExchangeData TrajectoryFile::exportAll() const
{
    ExchangeData out;
    try {
        // One read transaction, so the export is a consistent snapshot even
        // while another connection writes.
        m_db->exec("BEGIN");
        out.data = load();
        out.history = allHistory();
        m_db->exec("COMMIT");
    } catch (const SQLite::Exception &e) {
        m_db->tryExec("ROLLBACK");
        throw sqlError(e, m_path);
    } catch (...) {
        m_db->tryExec("ROLLBACK");
        throw;
    }
    return out;
}

void TrajectoryFile::writeAll(const ExchangeData &exchange)
{
    write([&] {
        const TrajectoryData &d = exchange.data;
        SQLite::Statement info(*m_db, "INSERT OR REPLACE INTO info(key, value) VALUES (?, ?)");
        for (const auto &[key, value] : infoPairs(d.info)) {
            bindText(info, 1, key);
            bindText(info, 2, value);
            info.exec();
            info.reset();
        }
        writePartners(d);
        writeAnswers(d);
        writeAgreements(d);
        writeAccountability(d);
        writeSessions(d);
        writeAssessments(d);
        writeWorkshop(d);
        writeCovenantTexts(d);
        writeHistory(exchange.history);
    });
}

void TrajectoryFile::restore(const TrajectoryData &gone, const TrajectoryData &relinked)
{
    write([&] {
        // Referenced records first (partners, ambitions, agreements, rounds),
        // as for a new file.
        writePartners(gone, Places::AsRecorded);
        writeAnswers(gone);
        writeAgreements(gone, Places::AsRecorded);
        writeAccountability(gone, Places::AsRecorded);
        writeSessions(gone);
        writeAssessments(gone, Places::AsRecorded);
        writeWorkshop(gone, Places::AsRecorded);
        writeCovenantTexts(gone);
        // An agreement's history shows it coming back, as it shows it going.
        for (Agreement a : gone.agreements) {
            a.position = 0;
            appendHistory(QStringLiteral("agreement"), QString::number(a.id), {}, jsonText(agreementToJson(a)));
        }
        for (const Agreement &a : relinked.agreements)
            updateAgreement(a);
        for (const DilemmaEntry &e : relinked.dilemmas)
            updateDilemma(e);
        for (const WorkshopSession &s : relinked.sessions)
            updateSession(s);
        for (const Respondent &r : relinked.respondents)
            updateRespondent(r);
    });
}

void TrajectoryFile::setInfo(const TrajectoryInfo &info)
{
    write([&] {
        SQLite::Statement q(*m_db, "INSERT INTO info(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        for (const auto &[key, value] : infoPairs(info)) {
            bindText(q, 1, key);
            bindText(q, 2, value);
            q.exec();
            q.reset();
        }
    });
}

} // namespace akkoord
