// TrajectorySession: the verbs that add, edit and remove records (partners,
// ambitions, agreements, accountability, evaluation moments, assessment
// rounds and respondents, dilemmas). Adding and removing are saved first and
// only then become undo steps; what a removal takes with it comes from the
// cascade rules (domain/cascade.h), for the edit and for its undo alike.

#include "session/session.h"

#include "domain/cascade.h"
#include "storage/trajectoryfile.h"

#include <algorithm>

namespace akkoord {

namespace {

// The shape the registers share: a list in the data, and add, update and
// remove in the file.
template<typename T>
struct Register
{
    RecordKind kind;
    QList<T> TrajectoryData::*list;
    RecordId (TrajectoryFile::*add)(const T &);
    void (TrajectoryFile::*update)(const T &);
    void (TrajectoryFile::*remove)(RecordId);
};

const Register<Partner> kPartners{RecordKind::Partner, &TrajectoryData::partners, &TrajectoryFile::addPartner, &TrajectoryFile::updatePartner,
                                  &TrajectoryFile::removePartner};
const Register<Ambition> kAmbitions{RecordKind::Ambition, &TrajectoryData::ambitions, &TrajectoryFile::addAmbition, &TrajectoryFile::updateAmbition,
                                    &TrajectoryFile::removeAmbition};
const Register<Agreement> kAgreements{RecordKind::Agreement, &TrajectoryData::agreements, &TrajectoryFile::addAgreement, &TrajectoryFile::updateAgreement,
                                      &TrajectoryFile::removeAgreement};
const Register<AccountabilityItem> kAccountability{RecordKind::Accountability, &TrajectoryData::accountability, &TrajectoryFile::addAccountability,
                                                   &TrajectoryFile::updateAccountability, &TrajectoryFile::removeAccountability};
const Register<Evaluation> kEvaluations{RecordKind::Evaluation, &TrajectoryData::evaluations, &TrajectoryFile::addEvaluation, &TrajectoryFile::updateEvaluation,
                                        &TrajectoryFile::removeEvaluation};
const Register<AssessmentRound> kRounds{RecordKind::Round, &TrajectoryData::rounds, &TrajectoryFile::addRound, &TrajectoryFile::updateRound,
                                        &TrajectoryFile::removeRound};
const Register<Respondent> kRespondents{RecordKind::Respondent, &TrajectoryData::respondents, &TrajectoryFile::addRespondent,
                                        &TrajectoryFile::updateRespondent, &TrajectoryFile::removeRespondent};
const Register<DilemmaEntry> kDilemmas{RecordKind::Dilemma, &TrajectoryData::dilemmas, &TrajectoryFile::addDilemma, &TrajectoryFile::updateDilemma,
                                       &TrajectoryFile::removeDilemma};

template<typename T>
const T *findById(const QList<T> &list, RecordId id)
{
    auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &x) { return x.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

// The position the file gives a new record (one past the highest, within
// its round for a respondent), so the data in memory matches the file.
template<typename T>
int nextPosition(const QList<T> &list, const T &item)
{
    int next = 0;
    for (const T &x : list) {
        if constexpr (std::is_same_v<T, Respondent>)
            if (x.round != item.round)
                continue;
        next = std::max(next, x.position + 1);
    }
    return next;
}

void setPartnerPositions(QList<Partner> &partners)
{
    for (qsizetype i = 0; i < partners.size(); ++i)
        partners[i].position = int(i);
}

} // namespace

struct TrajectorySession::Records
{
    template<typename T>
    static RecordId add(TrajectorySession &s, const Register<T> &r, T item, const QString &text)
    {
        s.requireSaved();
        item.id = (s.m_file.get()->*(r.add))(item);
        if constexpr (requires { item.position; })
            item.position = nextPosition(s.m_data.*(r.list), item);
        s.mutate([&](TrajectoryData &d) { (d.*(r.list)).append(item); });
        const RecordId id = item.id;
        s.pushStructural(text, removalOf(s.m_data, r.kind, id), [r, id](TrajectoryFile &f) { (f.*(r.remove))(id); }, true);
        return id;
    }

    template<typename T>
    static void update(TrajectorySession &s, const Register<T> &r, const T &item, const QString &text, const QString &mergeKey)
    {
        const T *current = findById(s.m_data.*(r.list), item.id);
        if (!current || *current == item)
            return;
        auto set = [r](T value) {
            return [r, value](TrajectoryData &d) {
                for (T &x : d.*(r.list))
                    if (x.id == value.id)
                        x = value;
            };
        };
        s.pushEdit(text, set(item), set(*current),
                   [r, id = item.id](TrajectoryFile &f, const TrajectoryData &d) {
                       if (const T *x = findById(d.*(r.list), id))
                           (f.*(r.update))(*x);
                   },
                   mergeKey.isEmpty() ? QString() : mergeKey + QString::number(item.id));
    }

    template<typename T>
    static void remove(TrajectorySession &s, const Register<T> &r, RecordId id, const QString &text)
    {
        s.removeRecord(text, removalOf(s.m_data, r.kind, id), [r, id](TrajectoryFile &f) { (f.*(r.remove))(id); });
    }
};

PartnerId TrajectorySession::addPartner(const Partner &partner) { return Records::add(*this, kPartners, partner, tr("Add partner")); }
void TrajectorySession::updatePartner(const Partner &partner) { Records::update(*this, kPartners, partner, tr("Edit partner"), QStringLiteral("partner:")); }
void TrajectorySession::removePartner(PartnerId id) { Records::remove(*this, kPartners, id, tr("Remove partner")); }

void TrajectorySession::movePartner(PartnerId id, int delta)
{
    const auto index = std::find_if(m_data.partners.cbegin(), m_data.partners.cend(), [&](const Partner &p) { return p.id == id; }) - m_data.partners.cbegin();
    const qsizetype target = index + delta;
    if (index >= m_data.partners.size() || target < 0 || target >= m_data.partners.size())
        return;
    // The file numbers the partners afresh in their new order; so does memory.
    auto move = [id](qsizetype by) {
        return [id, by](TrajectoryData &d) {
            const auto i = std::find_if(d.partners.cbegin(), d.partners.cend(), [&](const Partner &p) { return p.id == id; }) - d.partners.cbegin();
            if (i + by >= 0 && i + by < d.partners.size())
                d.partners.move(i, i + by);
            setPartnerPositions(d.partners);
        };
    };
    pushEdit(tr("Change order"), move(delta), move(-delta), [](TrajectoryFile &f, const TrajectoryData &d) { f.setPartnerOrder(d.partnerIds()); });
}

QStringList TrajectorySession::partnerUsage(PartnerId id) const
{
    QStringList out;
    const auto perspectives = std::count_if(m_data.perspectives.cbegin(), m_data.perspectives.cend(),
                                            [&](const Perspective &p) { return p.partnerId == id && !p.text.trimmed().isEmpty(); });
    const auto ratings = std::count_if(m_data.ratings.cbegin(), m_data.ratings.cend(), [&](const Rating &r) { return r.partnerId == id; });
    const auto owned = std::count_if(m_data.agreements.cbegin(), m_data.agreements.cend(), [&](const Agreement &a) { return a.owner == id; });
    const auto contributes = std::count_if(m_data.agreements.cbegin(), m_data.agreements.cend(), [&](const Agreement &a) { return a.contributors.contains(id); });
    if (perspectives)
        out << tr("%n partner contributions to questions will be removed", nullptr, int(perspectives));
    if (ratings)
        out << tr("%n scores will be removed", nullptr, int(ratings));
    if (owned)
        out << tr("%n agreements will lose their owner", nullptr, int(owned));
    if (contributes)
        out << tr("%n agreements will lose this partner as a contributor", nullptr, int(contributes));
    return out;
}

RecordId TrajectorySession::addAmbition(const Ambition &a) { return Records::add(*this, kAmbitions, a, tr("Add ambition")); }
void TrajectorySession::updateAmbition(const Ambition &a) { Records::update(*this, kAmbitions, a, tr("Edit ambition"), QStringLiteral("ambition:")); }
void TrajectorySession::removeAmbition(RecordId id) { Records::remove(*this, kAmbitions, id, tr("Remove ambition")); }

RecordId TrajectorySession::addAgreement(const Agreement &a) { return Records::add(*this, kAgreements, a, tr("Add agreement")); }
void TrajectorySession::updateAgreement(const Agreement &a) { Records::update(*this, kAgreements, a, tr("Edit agreement"), QStringLiteral("agreement:")); }
void TrajectorySession::removeAgreement(RecordId id) { Records::remove(*this, kAgreements, id, tr("Remove agreement")); }

void TrajectorySession::restoreAgreement(const Agreement &earlier)
{
    if (findById(m_data.agreements, earlier.id))
        Records::update(*this, kAgreements, earlier, tr("Restore earlier version"), {});
    else
        addAgreement(earlier);
}

RecordId TrajectorySession::addAccountability(const AccountabilityItem &a) { return Records::add(*this, kAccountability, a, tr("Add accountability")); }
void TrajectorySession::updateAccountability(const AccountabilityItem &a)
{
    Records::update(*this, kAccountability, a, tr("Edit accountability"), QStringLiteral("accountability:"));
}
void TrajectorySession::removeAccountability(RecordId id) { Records::remove(*this, kAccountability, id, tr("Remove accountability")); }

RecordId TrajectorySession::addEvaluation(const Evaluation &e) { return Records::add(*this, kEvaluations, e, tr("Add evaluation moment")); }
void TrajectorySession::updateEvaluation(const Evaluation &e)
{
    Records::update(*this, kEvaluations, e, tr("Edit evaluation moment"), QStringLiteral("evaluation:"));
}
void TrajectorySession::removeEvaluation(RecordId id) { Records::remove(*this, kEvaluations, id, tr("Remove evaluation moment")); }

RecordId TrajectorySession::addRound(const AssessmentRound &round) { return Records::add(*this, kRounds, round, tr("Add round")); }
void TrajectorySession::updateRound(const AssessmentRound &round) { Records::update(*this, kRounds, round, tr("Edit round"), QStringLiteral("round:")); }
void TrajectorySession::removeRound(RecordId id) { Records::remove(*this, kRounds, id, tr("Remove round")); }

RecordId TrajectorySession::addRespondent(const Respondent &respondent) { return Records::add(*this, kRespondents, respondent, tr("Add respondent")); }
void TrajectorySession::updateRespondent(const Respondent &respondent)
{
    Records::update(*this, kRespondents, respondent, tr("Edit respondent"), QStringLiteral("respondent:"));
}
void TrajectorySession::removeRespondent(RecordId id) { Records::remove(*this, kRespondents, id, tr("Remove respondent")); }

RecordId TrajectorySession::addDilemma(const DilemmaEntry &e) { return Records::add(*this, kDilemmas, e, tr("Add dilemma")); }
void TrajectorySession::updateDilemma(const DilemmaEntry &e) { Records::update(*this, kDilemmas, e, tr("Edit dilemma"), QStringLiteral("dilemma:")); }
void TrajectorySession::removeDilemma(RecordId id) { Records::remove(*this, kDilemmas, id, tr("Remove dilemma")); }

} // namespace akkoord
