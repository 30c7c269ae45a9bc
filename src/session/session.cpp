// TrajectorySession: opening and closing, the save queue, and the undo steps
// every verb is made of. The verbs are in sessionfields.cpp (answers,
// perspectives, ratings and other fields) and sessionrecords.cpp (records
// that are added and removed).

#include "session/session.h"

#include "domain/cascade.h"
#include "domain/error.h"
#include "session/undostack.h"
#include "storage/trajectoryfile.h"

namespace akkoord {

namespace {

constexpr int kRetryMs = 3000;

QDateTime realNow() { return QDateTime::currentDateTime(); }

// One undo step: a way forward and a way back. Steps with a merge key take
// in the next one's way forward (the newest state wins; undo goes back to
// the oldest), so typing in one field is one step.
class Step final : public UndoCommand
{
public:
    Step(const QString &text, const QString &mergeKey, std::function<void()> forward, std::function<void()> back)
        : UndoCommand(text, mergeKey)
        , m_forward(std::move(forward))
        , m_back(std::move(back))
    {
    }
    void redo() override { m_forward(); }
    void undo() override { m_back(); }
    bool mergeWith(const UndoCommand &next) override
    {
        const auto *step = dynamic_cast<const Step *>(&next);
        if (!step)
            return false;
        m_forward = step->m_forward;
        return true;
    }

private:
    std::function<void()> m_forward;
    std::function<void()> m_back;
};

} // namespace

TrajectorySession::TrajectorySession(std::unique_ptr<TrajectoryFile> file, const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_file(std::move(file))
    , m_data(m_file->load())
    , m_undo(new UndoStack(this))
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

void TrajectorySession::setClock(Clock clock)
{
    m_clock = clock;
    m_undo->setClock(std::move(clock));
}

void TrajectorySession::mutate(const Mutation &inMemory)
{
    const TrajectoryData before = m_data; // shares every list: cheap
    inMemory(m_data);
    const Changes changes = changesBetween(before, m_data);
    if (!changes.isEmpty())
        emit changed(changes);
}

void TrajectorySession::apply(const Mutation &inMemory, std::function<void(TrajectoryFile &)> save)
{
    const TrajectoryData before = m_data;
    inMemory(m_data);
    m_pending.push_back(std::move(save));
    flush();
    const Changes changes = changesBetween(before, m_data);
    if (!changes.isEmpty())
        emit changed(changes);
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
            // The file layer says what went wrong; the session promises
            // what it does about it (the command line has no such promise).
            m_failure = tr("%1 Your text is kept and saved as soon as that works again; you can also save a copy elsewhere.").arg(e.message());
            emit saveFailed(m_failure);
            return;
        }
        m_pending.pop_front();
    }
    m_lastSaved = m_clock ? QDateTime::fromMSecsSinceEpoch(m_clock()) : realNow();
    if (m_failing) {
        m_failing = false;
        m_retry.stop();
        emit saveRecovered();
    }
    emit saved(m_lastSaved);
}

void TrajectorySession::retryPendingSaves() { flush(); }

void TrajectorySession::requireSaved()
{
    if (m_pending.empty())
        return;
    flush();
    if (!m_pending.empty())
        throw UserError(m_failure);
}

void TrajectorySession::pushEdit(const QString &text, Mutation redo, Mutation undo, Save save, const QString &mergeKey)
{
    auto run = [this, save](Mutation change) {
        return [this, change, save] { apply(change, [this, save](TrajectoryFile &f) { save(f, m_data); }); };
    };
    m_undo->push(std::make_unique<Step>(text, mergeKey, run(std::move(redo)), run(std::move(undo))));
}

void TrajectorySession::pushStructural(const QString &text, const Removal &removal, std::function<void(TrajectoryFile &)> removeInFile, bool redoAdds)
{
    // Each direction saves what it did, not the state at the time of the
    // save: a removal waiting behind a failing save must still be a removal.
    const auto r = std::make_shared<const Removal>(removal);
    auto takeAway = [this, r, removeInFile] { apply([r](TrajectoryData &d) { applyRemoval(d, *r); }, removeInFile); };
    auto putBack = [this, r] { apply([r](TrajectoryData &d) { undoRemoval(d, *r); }, [r](TrajectoryFile &f) { f.restore(r->gone, r->before); }); };
    if (redoAdds)
        m_undo->push(std::make_unique<Step>(text, QString(), putBack, takeAway), true);
    else
        m_undo->push(std::make_unique<Step>(text, QString(), takeAway, putBack), true);
}

void TrajectorySession::removeRecord(const QString &text, const Removal &removal, std::function<void(TrajectoryFile &)> removeInFile)
{
    if (removal.isEmpty())
        return;
    requireSaved();
    // The file's foreign keys remove what the cascade rules name.
    removeInFile(*m_file);
    mutate([&](TrajectoryData &d) { applyRemoval(d, removal); });
    pushStructural(text, removal, std::move(removeInFile), false);
}

} // namespace akkoord
