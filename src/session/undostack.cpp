#include "session/undostack.h"

#include <QDateTime>

namespace akkoord {

UndoCommand::UndoCommand(QString text, QString mergeKey)
    : m_text(std::move(text))
    , m_mergeKey(std::move(mergeKey))
{
}

UndoCommand::~UndoCommand() = default;

bool UndoCommand::mergeWith(const UndoCommand &) { return false; }

class UndoStack::Macro final : public UndoCommand
{
public:
    using UndoCommand::UndoCommand;
    void redo() override
    {
        for (auto &c : children)
            c->redo();
    }
    void undo() override
    {
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            (*it)->undo();
    }
    std::vector<std::unique_ptr<UndoCommand>> children;
};

UndoStack::UndoStack(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

UndoStack::~UndoStack() = default;

void UndoStack::setClock(Clock clock) { m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }); }

UndoStack::State UndoStack::state() const { return State{canUndo(), canRedo(), undoText(), redoText()}; }

void UndoStack::announce(const State &before)
{
    const State now = state();
    emit indexChanged(m_index);
    if (now.canUndo != before.canUndo)
        emit canUndoChanged(now.canUndo);
    if (now.canRedo != before.canRedo)
        emit canRedoChanged(now.canRedo);
    if (now.undoText != before.undoText)
        emit undoTextChanged(now.undoText);
    if (now.redoText != before.redoText)
        emit redoTextChanged(now.redoText);
}

void UndoStack::push(std::unique_ptr<UndoCommand> command, bool alreadyDone)
{
    if (!command)
        return;
    if (!alreadyDone)
        command->redo();
    if (!m_macros.empty()) {
        m_macros.back()->children.push_back(std::move(command));
        return;
    }
    const State before = state();
    m_commands.erase(m_commands.begin() + m_index, m_commands.end());
    const qint64 at = now();
    UndoCommand *top = m_commands.empty() ? nullptr : m_commands.back().get();
    if (top && !command->mergeKey().isEmpty() && top->mergeKey() == command->mergeKey() && at - top->m_lastPushed <= kMergeWindowMs
        && top->mergeWith(*command)) {
        top->m_lastPushed = at;
    } else {
        command->m_lastPushed = at;
        m_commands.push_back(std::move(command));
        m_index = int(m_commands.size());
    }
    announce(before);
}

void UndoStack::undo()
{
    if (!canUndo())
        return;
    const State before = state();
    m_commands[size_t(m_index - 1)]->undo();
    --m_index;
    announce(before);
}

void UndoStack::redo()
{
    if (!canRedo())
        return;
    const State before = state();
    m_commands[size_t(m_index)]->redo();
    ++m_index;
    announce(before);
}

bool UndoStack::canUndo() const { return m_macros.empty() && m_index > 0; }
bool UndoStack::canRedo() const { return m_macros.empty() && m_index < count(); }
QString UndoStack::undoText() const { return canUndo() ? text(m_index - 1) : QString(); }
QString UndoStack::redoText() const { return canRedo() ? text(m_index) : QString(); }
QString UndoStack::text(int index) const { return index >= 0 && index < count() ? m_commands[size_t(index)]->text() : QString(); }

void UndoStack::clear()
{
    const State before = state();
    m_macros.clear();
    m_commands.clear();
    m_index = 0;
    announce(before);
}

void UndoStack::beginMacro(const QString &text)
{
    const State before = state();
    m_macros.push_back(std::make_unique<Macro>(text));
    if (m_macros.size() == 1)
        announce(before); // nothing can be undone while a macro is open
}

void UndoStack::endMacro()
{
    if (m_macros.empty())
        return;
    std::unique_ptr<Macro> macro = std::move(m_macros.back());
    m_macros.pop_back();
    if (!m_macros.empty()) {
        if (!macro->children.empty())
            m_macros.back()->children.push_back(std::move(macro));
        return;
    }
    const State during{false, false, {}, {}}; // what an open macro shows
    if (!macro->children.empty()) { // an empty macro is no step
        m_commands.erase(m_commands.begin() + m_index, m_commands.end());
        macro->m_lastPushed = now();
        m_commands.push_back(std::move(macro));
        m_index = count();
    }
    announce(during);
}

} // namespace akkoord
