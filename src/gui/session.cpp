#include "gui/session.h"

#include "domain/error.h"
#include "storage/trajectoryfile.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <QSet>

#include <algorithm>

namespace akkoord::gui {

namespace {

constexpr int kRetryMs = 3000;
constexpr qint64 kMergeWindowMs = 2000;

// One undoable edit: a change in memory in both directions, plus how to save
// the affected record from the current data. Consecutive typing in the same
// field merges into one step.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(TrajectorySession *session, const QString &text, std::function<void(TrajectoryData &)> redo,
                std::function<void(TrajectoryData &)> undo, std::function<void(TrajectoryFile &, const TrajectoryData &)> save, int mergeId,
                QString mergeKey, bool alreadyDone)
        : QUndoCommand(text)
        , m_session(session)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_save(std::move(save))
        , m_mergeId(mergeId)
        , m_mergeKey(std::move(mergeKey))
        , m_skipFirstRedo(alreadyDone)
        , m_at(QDateTime::currentMSecsSinceEpoch())
    {
    }

    void redo() override
    {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditCommand *>(other);
        if (o->m_mergeKey != m_mergeKey || o->m_at - m_at > kMergeWindowMs)
            return false;
        m_redo = o->m_redo; // the newest state wins; undo keeps the oldest
        m_at = o->m_at;
        return true;
    }

private:
    void run(const std::function<void(TrajectoryData &)> &change)
    {
        auto save = m_save;
        m_session->apply(change, [save, s = m_session](TrajectoryFile &f) { save(f, s->data()); }, text());
    }

    TrajectorySession *m_session;
    std::function<void(TrajectoryData &)> m_redo;
    std::function<void(TrajectoryData &)> m_undo;
    std::function<void(TrajectoryFile &, const TrajectoryData &)> m_save;
    int m_mergeId;
    QString m_mergeKey;
    bool m_skipFirstRedo;
    qint64 m_at;
};

enum MergeIds { MergeAnswer = 1, MergePerspective, MergeRating, MergeAgreement, MergePartner, MergeInfo, MergeAmbition, MergeAccountability, MergeEvaluation, MergeDilemma };

template<typename T, typename Id>
T *findById(QList<T> &list, Id id)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const T &x) { return x.id == id; });
    return it == list.end() ? nullptr : &*it;
}

template<typename T, typename Id>
const T *findById(const QList<T> &list, Id id)
{
    auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &x) { return x.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

template<typename T, typename Id>
void removeById(QList<T> &list, Id id)
{
    list.removeIf([&](const T &x) { return x.id == id; });
}

Answer &answerIn(TrajectoryData &d, const QString &questionId)
{
    for (Answer &a : d.answers)
        if (a.questionId == questionId)
            return a;
    d.answers.append(Answer{.questionId = questionId});
    return d.answers.last();
}

Answer currentAnswer(const TrajectoryData &d, const QString &questionId)
{
    const Answer *a = d.answer(questionId);
    return a ? *a : Answer{.questionId = questionId};
}

void saveAnswerOf(TrajectoryFile &f, const TrajectoryData &d, const QString &questionId) { f.saveAnswer(currentAnswer(d, questionId)); }

} // namespace

TrajectorySession::TrajectorySession(std::unique_ptr<TrajectoryFile> file, const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_file(std::move(file))
    , m_data(m_file->load())
    , m_undo(new QUndoStack(this))
{
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &TrajectorySession::retryPendingSaves);
}

TrajectorySession::~TrajectorySession()
{
    m_retry.stop();
    flush();
}

QString TrajectorySession::path() const { return m_file->path(); }
bool TrajectorySession::isReadOnly() const { return m_file->isReadOnly(); }

void TrajectorySession::apply(const std::function<void(TrajectoryData &)> &inMemory, std::function<void(TrajectoryFile &)> save, const QString &)
{
    inMemory(m_data);
    m_pending.push_back(std::move(save));
    flush();
    emit dataChanged();
}

void TrajectorySession::flush()
{
    while (!m_pending.empty()) {
        try {
            m_pending.front()(*m_file);
        } catch (const UserError &e) {
            if (!m_failing)
                m_retry.start();
            m_failing = true;
            emit saveFailed(e.message());
            return;
        }
        m_pending.pop_front();
    }
    m_lastSaved = QDateTime::currentDateTime();
    if (m_failing) {
        m_failing = false;
        m_retry.stop();
        emit saveRecovered();
    }
    emit saved(m_lastSaved);
}

void TrajectorySession::retryPendingSaves() { flush(); }

void TrajectorySession::pushEdit(const QString &text, std::function<void(TrajectoryData &)> redo, std::function<void(TrajectoryData &)> undo,
                                 std::function<void(TrajectoryFile &, const TrajectoryData &)> save, int mergeId, const QString &mergeKey)
{
    m_undo->push(new EditCommand(this, text, std::move(redo), std::move(undo), std::move(save), mergeId, mergeKey, false));
}

void TrajectorySession::setInfo(const TrajectoryInfo &info, const QString &description)
{
    const TrajectoryInfo old = m_data.info;
    if (old == info)
        return;
    pushEdit(description, [info](TrajectoryData &d) { d.info = info; }, [old](TrajectoryData &d) { d.info = old; },
             [](TrajectoryFile &f, const TrajectoryData &d) { f.setInfo(d.info); }, MergeInfo, description);
}

void TrajectorySession::setAnswerText(const QString &questionId, const QString &text)
{
    const Answer old = currentAnswer(m_data, questionId);
    if (old.text == text)
        return;
    pushEdit(tr("Edit answer"), [=](TrajectoryData &d) { answerIn(d, questionId).text = text; },
             [=](TrajectoryData &d) { answerIn(d, questionId).text = old.text; },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, questionId); }, MergeAnswer, questionId);
}

void TrajectorySession::setAnswerStatus(const QString &questionId, AnswerStatus status)
{
    const Answer old = currentAnswer(m_data, questionId);
    if (old.status == status)
        return;
    pushEdit(tr("Change status"), [=](TrajectoryData &d) { answerIn(d, questionId).status = status; },
             [=](TrajectoryData &d) { answerIn(d, questionId).status = old.status; },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, questionId); });
}

void TrajectorySession::setAnswerChoices(const QString &questionId, const QStringList &choices)
{
    const Answer old = currentAnswer(m_data, questionId);
    if (old.choices == choices)
        return;
    pushEdit(tr("Change selection"), [=](TrajectoryData &d) { answerIn(d, questionId).choices = choices; },
             [=](TrajectoryData &d) { answerIn(d, questionId).choices = old.choices; },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, questionId); });
}

void TrajectorySession::restoreAnswer(const Answer &earlier)
{
    const Answer old = currentAnswer(m_data, earlier.questionId);
    const QString q = earlier.questionId;
    pushEdit(tr("Restore earlier version"),
             [=](TrajectoryData &d) {
                 Answer &a = answerIn(d, q);
                 a.text = earlier.text;
                 a.choices = earlier.choices;
                 a.status = earlier.status;
             },
             [=](TrajectoryData &d) {
                 Answer &a = answerIn(d, q);
                 a.text = old.text;
                 a.choices = old.choices;
                 a.status = old.status;
             },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveAnswerOf(f, d, q); });
}

namespace {
QString perspectiveOf(const TrajectoryData &d, const QString &q, PartnerId p)
{
    for (const Perspective &v : d.perspectives)
        if (v.questionId == q && v.partnerId == p)
            return v.text;
    return {};
}

void setPerspectiveIn(TrajectoryData &d, const QString &q, PartnerId p, const QString &text)
{
    for (Perspective &v : d.perspectives)
        if (v.questionId == q && v.partnerId == p) {
            v.text = text;
            return;
        }
    d.perspectives.append(Perspective{q, p, text, {}});
}
} // namespace

void TrajectorySession::setPerspective(const QString &questionId, PartnerId partner, const QString &text)
{
    const QString old = perspectiveOf(m_data, questionId, partner);
    if (old == text)
        return;
    pushEdit(tr("Edit input"), [=](TrajectoryData &d) { setPerspectiveIn(d, questionId, partner, text); },
             [=](TrajectoryData &d) { setPerspectiveIn(d, questionId, partner, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) {
                 if (d.partner(partner))
                     f.savePerspective(Perspective{questionId, partner, perspectiveOf(d, questionId, partner), {}});
             },
             MergePerspective, questionId + QLatin1Char('/') + QString::number(partner));
}

namespace {
std::optional<Rating> ratingOf(const TrajectoryData &d, const QString &q, PartnerId p)
{
    for (const Rating &r : d.ratings)
        if (r.questionId == q && r.partnerId == p)
            return r;
    return std::nullopt;
}

void setRatingIn(TrajectoryData &d, const QString &q, PartnerId p, const std::optional<Rating> &r)
{
    d.ratings.removeIf([&](const Rating &x) { return x.questionId == q && x.partnerId == p; });
    if (r)
        d.ratings.append(*r);
}

void saveRatingOf(TrajectoryFile &f, const TrajectoryData &d, const QString &q, PartnerId p)
{
    if (!d.partner(p))
        return;
    if (const auto r = ratingOf(d, q, p))
        f.saveRating(*r);
    else
        f.removeRating(q, p);
}
} // namespace

void TrajectorySession::setRating(const QString &questionId, PartnerId partner, int score, const QString &reason)
{
    const auto old = ratingOf(m_data, questionId, partner);
    const Rating now{questionId, partner, std::clamp(score, 1, 5), reason};
    if (old && *old == now)
        return;
    pushEdit(tr("Change score"), [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, now); },
             [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveRatingOf(f, d, questionId, partner); }, MergeRating,
             questionId + QLatin1Char('/') + QString::number(partner));
}

void TrajectorySession::clearRating(const QString &questionId, PartnerId partner)
{
    const auto old = ratingOf(m_data, questionId, partner);
    if (!old)
        return;
    pushEdit(tr("Clear score"), [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, std::nullopt); },
             [=](TrajectoryData &d) { setRatingIn(d, questionId, partner, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) { saveRatingOf(f, d, questionId, partner); });
}

// Structural edits (add/remove) are saved first and only then pushed, so a
// failure leaves nothing half-done: the user sees the sentence and can retry.
PartnerId TrajectorySession::addPartner(const Partner &partner)
{
    Partner p = partner;
    p.id = m_file->addPartner(p);
    p.position = int(m_data.partners.size());
    m_data.partners.append(p);
    m_undo->push(new EditCommand(
        this, tr("Add partner"), [p](TrajectoryData &d) { d.partners.append(p); }, [id = p.id](TrajectoryData &d) { removeById(d.partners, id); },
        [p](TrajectoryFile &f, const TrajectoryData &d) {
            if (d.partner(p.id))
                f.addPartner(p);
            else
                f.removePartner(p.id);
        },
        -1, {}, true));
    emit dataChanged();
    return p.id;
}

void TrajectorySession::updatePartner(const Partner &partner)
{
    const Partner *current = m_data.partner(partner.id);
    if (!current || *current == partner)
        return;
    const Partner old = *current;
    pushEdit(tr("Edit partner"),
             [partner](TrajectoryData &d) {
                 if (Partner *p = findById(d.partners, partner.id))
                     *p = partner;
             },
             [old](TrajectoryData &d) {
                 if (Partner *p = findById(d.partners, old.id))
                     *p = old;
             },
             [id = partner.id](TrajectoryFile &f, const TrajectoryData &d) {
                 if (const Partner *p = d.partner(id))
                     f.updatePartner(*p);
             },
             MergePartner, QString::number(partner.id));
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

void TrajectorySession::removePartner(PartnerId id)
{
    const Partner *current = m_data.partner(id);
    if (!current)
        return;
    const TrajectoryData before = m_data;
    m_file->removePartner(id);
    auto removeIn = [id](TrajectoryData &d) {
        removeById(d.partners, id);
        d.perspectives.removeIf([&](const Perspective &p) { return p.partnerId == id; });
        d.ratings.removeIf([&](const Rating &r) { return r.partnerId == id; });
        d.situation.removeIf([&](const SituationRating &r) { return r.partnerId == id; });
        for (Agreement &a : d.agreements) {
            if (a.owner == id)
                a.owner.reset();
            a.contributors.removeAll(id);
        }
        for (DilemmaEntry &e : d.dilemmas)
            e.affects.removeAll(id);
    };
    removeIn(m_data);
    m_undo->push(new EditCommand(
        this, tr("Remove partner"), removeIn, [before](TrajectoryData &d) { d = before; },
        [before, id](TrajectoryFile &f, const TrajectoryData &d) {
            if (!d.partner(id)) {
                f.removePartner(id);
                return;
            }
            // Undo: bring back the partner and everything that referred to it.
            f.addPartner(*before.partner(id));
            QList<PartnerId> order;
            for (const Partner &p : d.partners)
                order.append(p.id);
            f.setPartnerOrder(order);
            for (const Perspective &p : before.perspectives)
                if (p.partnerId == id)
                    f.savePerspective(p);
            for (const Rating &r : before.ratings)
                if (r.partnerId == id)
                    f.saveRating(r);
            for (const Agreement &a : before.agreements)
                if (a.owner == id || a.contributors.contains(id))
                    f.updateAgreement(a);
            for (const SituationRating &r : before.situation)
                if (r.partnerId == id)
                    f.setSituation(r);
            for (const DilemmaEntry &e : before.dilemmas)
                if (e.affects.contains(id))
                    f.updateDilemma(e);
        },
        -1, {}, true));
    emit dataChanged();
}

void TrajectorySession::movePartner(PartnerId id, int delta)
{
    const auto index = std::find_if(m_data.partners.cbegin(), m_data.partners.cend(), [&](const Partner &p) { return p.id == id; }) - m_data.partners.cbegin();
    const qsizetype target = index + delta;
    if (index >= m_data.partners.size() || target < 0 || target >= m_data.partners.size())
        return;
    auto move = [id](qsizetype by) {
        return [id, by](TrajectoryData &d) {
            const auto i = std::find_if(d.partners.cbegin(), d.partners.cend(), [&](const Partner &p) { return p.id == id; }) - d.partners.cbegin();
            if (i + by >= 0 && i + by < d.partners.size())
                d.partners.move(i, i + by);
        };
    };
    pushEdit(tr("Change order"), move(delta), move(-delta), [](TrajectoryFile &f, const TrajectoryData &d) {
        QList<PartnerId> order;
        for (const Partner &p : d.partners)
            order.append(p.id);
        f.setPartnerOrder(order);
    });
}

// Registers (ambitions, agreements, accountability, evaluations) share one
// shape: add, update, remove by id. One template keeps them alike.
template<typename T>
struct Register
{
    QList<T> TrajectoryData::*list;
    RecordId (TrajectoryFile::*add)(const T &);
    void (TrajectoryFile::*update)(const T &);
    void (TrajectoryFile::*remove)(RecordId);
};

namespace {
template<typename T>
std::function<void(TrajectoryFile &, const TrajectoryData &)> registerSave(Register<T> r, RecordId id)
{
    return [r, id](TrajectoryFile &f, const TrajectoryData &d) {
        const T *item = findById(d.*(r.list), id);
        if (!item) {
            (f.*(r.remove))(id);
            return;
        }
        // After an undo of a removal the record must be re-created.
        try {
            (f.*(r.update))(*item);
        } catch (const UserError &) {
            (f.*(r.add))(*item);
        }
    };
}

const Register<Ambition> kAmbitions{&TrajectoryData::ambitions, &TrajectoryFile::addAmbition, &TrajectoryFile::updateAmbition, &TrajectoryFile::removeAmbition};
const Register<AccountabilityItem> kAccountability{&TrajectoryData::accountability, &TrajectoryFile::addAccountability, &TrajectoryFile::updateAccountability,
                                                   &TrajectoryFile::removeAccountability};
const Register<Evaluation> kEvaluations{&TrajectoryData::evaluations, &TrajectoryFile::addEvaluation, &TrajectoryFile::updateEvaluation, &TrajectoryFile::removeEvaluation};
const Register<AssessmentRound> kRounds{&TrajectoryData::rounds, &TrajectoryFile::addRound, &TrajectoryFile::updateRound, &TrajectoryFile::removeRound};
const Register<Respondent> kRespondents{&TrajectoryData::respondents, &TrajectoryFile::addRespondent, &TrajectoryFile::updateRespondent,
                                        &TrajectoryFile::removeRespondent};
const Register<DilemmaEntry> kDilemmas{&TrajectoryData::dilemmas, &TrajectoryFile::addDilemma, &TrajectoryFile::updateDilemma, &TrajectoryFile::removeDilemma};
const Register<Agreement> kAgreements{&TrajectoryData::agreements, &TrajectoryFile::addAgreement, &TrajectoryFile::updateAgreement, &TrajectoryFile::removeAgreement};

template<typename T>
RecordId addTo(TrajectorySession *s, TrajectoryFile &file, TrajectoryData &data, QUndoStack *stack, Register<T> r, T item, const QString &text)
{
    item.id = (file.*(r.add))(item);
    if constexpr (requires { item.position; })
        item.position = int((data.*(r.list)).size());
    (data.*(r.list)).append(item);
    stack->push(new EditCommand(
        s, text, [r, item](TrajectoryData &d) { (d.*(r.list)).append(item); }, [r, id = item.id](TrajectoryData &d) { removeById(d.*(r.list), id); },
        registerSave(r, item.id), -1, {}, true));
    return item.id;
}

template<typename T>
void updateIn(TrajectorySession *s, const TrajectoryData &data, QUndoStack *stack, Register<T> r, const T &item, const QString &text, int mergeId)
{
    const T *current = findById(data.*(r.list), item.id);
    if (!current || *current == item)
        return;
    const T old = *current;
    auto set = [r](T value) {
        return [r, value](TrajectoryData &d) {
            if (T *x = findById(d.*(r.list), value.id))
                *x = value;
        };
    };
    stack->push(new EditCommand(s, text, set(item), set(old), registerSave(r, item.id), mergeId, QString::number(item.id), false));
}

template<typename T>
void removeFrom(TrajectorySession *s, TrajectoryFile &file, TrajectoryData &data, QUndoStack *stack, Register<T> r, RecordId id, const QString &text)
{
    const T *current = findById(data.*(r.list), id);
    if (!current)
        return;
    const T old = *current;
    const auto index = current - (data.*(r.list)).constData();
    (file.*(r.remove))(id);
    removeById(data.*(r.list), id);
    stack->push(new EditCommand(
        s, text, [r, id](TrajectoryData &d) { removeById(d.*(r.list), id); },
        [r, old, index](TrajectoryData &d) { (d.*(r.list)).insert(std::min<qsizetype>(index, (d.*(r.list)).size()), old); }, registerSave(r, id), -1, {},
        true));
}
} // namespace

RecordId TrajectorySession::addAmbition(const Ambition &a)
{
    const RecordId id = addTo(this, *m_file, m_data, m_undo, kAmbitions, a, tr("Add ambition"));
    emit dataChanged();
    return id;
}
void TrajectorySession::updateAmbition(const Ambition &a) { updateIn(this, m_data, m_undo, kAmbitions, a, tr("Edit ambition"), MergeAmbition); }
void TrajectorySession::removeAmbition(RecordId id)
{
    removeFrom(this, *m_file, m_data, m_undo, kAmbitions, id, tr("Remove ambition"));
    for (Agreement &a : m_data.agreements)
        a.ambitions.removeAll(id);
    emit dataChanged();
}

RecordId TrajectorySession::addAgreement(const Agreement &a)
{
    const RecordId id = addTo(this, *m_file, m_data, m_undo, kAgreements, a, tr("Add agreement"));
    emit dataChanged();
    return id;
}
void TrajectorySession::updateAgreement(const Agreement &a) { updateIn(this, m_data, m_undo, kAgreements, a, tr("Edit agreement"), MergeAgreement); }
void TrajectorySession::removeAgreement(RecordId id)
{
    const Agreement *current = findById(m_data.agreements, id);
    if (!current)
        return;
    // The file drops the agreement's dilemma links with it; undo brings the
    // agreement and its links back.
    const TrajectoryData before = m_data;
    m_file->removeAgreement(id);
    auto removeIn = [id](TrajectoryData &d) {
        removeById(d.agreements, id);
        for (DilemmaEntry &e : d.dilemmas)
            e.agreements.removeAll(id);
    };
    removeIn(m_data);
    m_undo->push(new EditCommand(
        this, tr("Remove agreement"), removeIn,
        [before, id](TrajectoryData &d) {
            const auto index = std::find_if(before.agreements.cbegin(), before.agreements.cend(), [&](const Agreement &a) { return a.id == id; }) - before.agreements.cbegin();
            d.agreements.insert(std::min<qsizetype>(index, d.agreements.size()), before.agreements[index]);
            for (DilemmaEntry &e : d.dilemmas)
                if (const DilemmaEntry *old = findById(before.dilemmas, e.id))
                    e.agreements = old->agreements;
        },
        [before, id](TrajectoryFile &f, const TrajectoryData &d) {
            const Agreement *a = findById(d.agreements, id);
            if (!a) {
                f.removeAgreement(id);
                return;
            }
            f.addAgreement(*a);
            for (const DilemmaEntry &e : d.dilemmas)
                if (e.agreements.contains(id))
                    f.updateDilemma(e);
        },
        -1, {}, true));
    emit dataChanged();
}
void TrajectorySession::restoreAgreement(const Agreement &earlier)
{
    if (findById(m_data.agreements, earlier.id))
        updateIn(this, m_data, m_undo, kAgreements, earlier, tr("Restore earlier version"), -1);
    else
        addAgreement(earlier);
}

RecordId TrajectorySession::addDilemma(const DilemmaEntry &e)
{
    const RecordId id = addTo(this, *m_file, m_data, m_undo, kDilemmas, e, tr("Add dilemma"));
    emit dataChanged();
    return id;
}
void TrajectorySession::updateDilemma(const DilemmaEntry &e) { updateIn(this, m_data, m_undo, kDilemmas, e, tr("Edit dilemma"), MergeDilemma); }
void TrajectorySession::removeDilemma(RecordId id)
{
    removeFrom(this, *m_file, m_data, m_undo, kDilemmas, id, tr("Remove dilemma"));
    emit dataChanged();
}

namespace {
void setSituationIn(TrajectoryData &d, const SituationRating &r)
{
    d.situation.removeIf([&](const SituationRating &x) { return x.buildingBlock == r.buildingBlock && x.partnerId == r.partnerId; });
    if (r.now != 0 || r.desired != 0)
        d.situation.append(r);
}
} // namespace

void TrajectorySession::setSituation(const QString &buildingBlock, PartnerId partner, int now, int desired)
{
    const SituationRating *current = m_data.situationOf(buildingBlock, partner);
    const SituationRating old = current ? *current : SituationRating{buildingBlock, partner, 0, 0};
    const SituationRating next{buildingBlock, partner, std::clamp(now, 0, 5), std::clamp(desired, 0, 5)};
    if (old == next)
        return;
    pushEdit(tr("Change now and desired"), [next](TrajectoryData &d) { setSituationIn(d, next); }, [old](TrajectoryData &d) { setSituationIn(d, old); },
             [buildingBlock, partner](TrajectoryFile &f, const TrajectoryData &d) {
                 const SituationRating *r = d.situationOf(buildingBlock, partner);
                 f.setSituation(r ? *r : SituationRating{buildingBlock, partner, 0, 0});
             });
}

void TrajectorySession::setRoundHidden(const QString &questionId, bool hidden)
{
    if (m_data.isHidden(questionId) == hidden)
        return;
    auto set = [questionId](bool value) {
        return [questionId, value](TrajectoryData &d) {
            d.hiddenRounds.removeAll(questionId);
            if (value)
                d.hiddenRounds.append(questionId);
        };
    };
    pushEdit(hidden ? tr("Start hidden round") : tr("Reveal scores"), set(hidden), set(!hidden),
             [questionId](TrajectoryFile &f, const TrajectoryData &d) { f.setRoundHidden(questionId, d.isHidden(questionId)); });
}

RecordId TrajectorySession::addAccountability(const AccountabilityItem &a)
{
    const RecordId id = addTo(this, *m_file, m_data, m_undo, kAccountability, a, tr("Add accountability"));
    emit dataChanged();
    return id;
}
void TrajectorySession::updateAccountability(const AccountabilityItem &a)
{
    updateIn(this, m_data, m_undo, kAccountability, a, tr("Edit accountability"), MergeAccountability);
}
void TrajectorySession::removeAccountability(RecordId id)
{
    removeFrom(this, *m_file, m_data, m_undo, kAccountability, id, tr("Remove accountability"));
    emit dataChanged();
}

RecordId TrajectorySession::addEvaluation(const Evaluation &e)
{
    const RecordId id = addTo(this, *m_file, m_data, m_undo, kEvaluations, e, tr("Add evaluation moment"));
    emit dataChanged();
    return id;
}
void TrajectorySession::updateEvaluation(const Evaluation &e) { updateIn(this, m_data, m_undo, kEvaluations, e, tr("Edit evaluation moment"), MergeEvaluation); }
void TrajectorySession::removeEvaluation(RecordId id)
{
    removeFrom(this, *m_file, m_data, m_undo, kEvaluations, id, tr("Remove evaluation moment"));
    emit dataChanged();
}

namespace {

// Removing a round or respondent also removes its scores and comments; undo
// brings all of them back, in memory and in the file.
void restoreAssessment(TrajectoryFile &f, const TrajectoryData &before, const QSet<RecordId> &respondents, std::optional<RecordId> round)
{
    if (round)
        for (const AssessmentRound &r : before.rounds)
            if (r.id == *round)
                f.addRound(r);
    for (const Respondent &r : before.respondents)
        if (respondents.contains(r.id))
            f.addRespondent(r);
    for (const AssessmentScore &s : before.scores)
        if (respondents.contains(s.respondent))
            f.setScore(s);
    for (const AssessmentComment &c : before.comments)
        if (respondents.contains(c.respondent))
            f.setComment(c);
}

void dropRespondents(TrajectoryData &d, const QSet<RecordId> &ids)
{
    d.respondents.removeIf([&](const Respondent &r) { return ids.contains(r.id); });
    d.scores.removeIf([&](const AssessmentScore &s) { return ids.contains(s.respondent); });
    d.comments.removeIf([&](const AssessmentComment &c) { return ids.contains(c.respondent); });
}

} // namespace

RecordId TrajectorySession::addRound(const AssessmentRound &round)
{
    const RecordId id = addTo(this, *m_file, m_data, m_undo, kRounds, round, tr("Add round"));
    emit dataChanged();
    return id;
}

void TrajectorySession::updateRound(const AssessmentRound &round) { updateIn(this, m_data, m_undo, kRounds, round, tr("Edit round"), MergeInfo + 100); }

void TrajectorySession::removeRound(RecordId id)
{
    if (!findById(m_data.rounds, id))
        return;
    const TrajectoryData before = m_data;
    QSet<RecordId> respondents;
    for (const Respondent &r : m_data.respondents)
        if (r.round == id)
            respondents.insert(r.id);
    m_file->removeRound(id);
    auto drop = [id, respondents](TrajectoryData &d) {
        removeById(d.rounds, id);
        dropRespondents(d, respondents);
    };
    drop(m_data);
    m_undo->push(new EditCommand(
        this, tr("Remove round"), drop, [before](TrajectoryData &d) { d = before; },
        [before, id, respondents](TrajectoryFile &f, const TrajectoryData &d) {
            if (!findById(d.rounds, id))
                f.removeRound(id);
            else
                restoreAssessment(f, before, respondents, id);
        },
        -1, {}, true));
    emit dataChanged();
}

RecordId TrajectorySession::addRespondent(const Respondent &respondent)
{
    const RecordId id = addTo(this, *m_file, m_data, m_undo, kRespondents, respondent, tr("Add respondent"));
    emit dataChanged();
    return id;
}

void TrajectorySession::updateRespondent(const Respondent &respondent)
{
    updateIn(this, m_data, m_undo, kRespondents, respondent, tr("Edit respondent"), MergeInfo + 101);
}

void TrajectorySession::removeRespondent(RecordId id)
{
    if (!findById(m_data.respondents, id))
        return;
    const TrajectoryData before = m_data;
    const QSet<RecordId> ids{id};
    m_file->removeRespondent(id);
    dropRespondents(m_data, ids);
    m_undo->push(new EditCommand(
        this, tr("Remove respondent"), [ids](TrajectoryData &d) { dropRespondents(d, ids); }, [before](TrajectoryData &d) { d = before; },
        [before, ids, id](TrajectoryFile &f, const TrajectoryData &d) {
            if (!findById(d.respondents, id))
                f.removeRespondent(id);
            else
                restoreAssessment(f, before, ids, std::nullopt);
        },
        -1, {}, true));
    emit dataChanged();
}

namespace {
std::optional<int> scoreOf(const TrajectoryData &d, RecordId respondent, const QString &statement)
{
    for (const AssessmentScore &s : d.scores)
        if (s.respondent == respondent && s.statementId == statement)
            return s.score;
    return std::nullopt;
}

void setScoreIn(TrajectoryData &d, RecordId respondent, const QString &statement, std::optional<int> score)
{
    d.scores.removeIf([&](const AssessmentScore &s) { return s.respondent == respondent && s.statementId == statement; });
    if (score)
        d.scores.append(AssessmentScore{respondent, statement, *score});
}
} // namespace

void TrajectorySession::setScore(RecordId respondent, const QString &statementId, std::optional<int> score)
{
    const std::optional<int> old = scoreOf(m_data, respondent, statementId);
    if (old == score)
        return;
    pushEdit(tr("Enter score"), [=](TrajectoryData &d) { setScoreIn(d, respondent, statementId, score); },
             [=](TrajectoryData &d) { setScoreIn(d, respondent, statementId, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) {
                 if (!findById(d.respondents, respondent))
                     return;
                 if (const auto now = scoreOf(d, respondent, statementId))
                     f.setScore(AssessmentScore{respondent, statementId, *now});
                 else
                     f.clearScore(respondent, statementId);
             });
}

void TrajectorySession::setComment(RecordId respondent, const QString &buildingBlock, const QString &text)
{
    auto commentOf = [](const TrajectoryData &d, RecordId r, const QString &b) {
        for (const AssessmentComment &c : d.comments)
            if (c.respondent == r && c.buildingBlock == b)
                return c.text;
        return QString();
    };
    auto setIn = [](TrajectoryData &d, RecordId r, const QString &b, const QString &t) {
        d.comments.removeIf([&](const AssessmentComment &c) { return c.respondent == r && c.buildingBlock == b; });
        d.comments.append(AssessmentComment{r, b, t});
    };
    const QString old = commentOf(m_data, respondent, buildingBlock);
    if (old == text)
        return;
    pushEdit(tr("Enter explanation"), [=](TrajectoryData &d) { setIn(d, respondent, buildingBlock, text); },
             [=](TrajectoryData &d) { setIn(d, respondent, buildingBlock, old); },
             [=](TrajectoryFile &f, const TrajectoryData &d) {
                 if (findById(d.respondents, respondent))
                     f.setComment(AssessmentComment{respondent, buildingBlock, commentOf(d, respondent, buildingBlock)});
             },
             MergeInfo + 102, QString::number(respondent) + QLatin1Char('/') + buildingBlock);
}

} // namespace akkoord::gui
