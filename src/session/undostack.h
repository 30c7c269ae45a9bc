#pragma once

// The session's undo history. QUndoStack lives in QtGui and the application
// core is QtCore only, so this is its small counterpart: push (merging
// quick successive edits of one field into one step), undo, redo, macros,
// and the signals an Edit menu follows. Time comes from a clock that a test
// can set, so the merge window is tested without waiting.

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace akkoord {

class UndoCommand
{
public:
    // Commands with the same non-empty merge key, pushed one right after
    // the other within the stack's merge window, may merge into one step.
    explicit UndoCommand(QString text, QString mergeKey = {});
    virtual ~UndoCommand();
    Q_DISABLE_COPY_MOVE(UndoCommand)

    virtual void redo() = 0;
    virtual void undo() = 0;
    // Takes in NEXT (already done), which then is dropped; false keeps
    // them two steps.
    virtual bool mergeWith(const UndoCommand &next);

    QString text() const { return m_text; }
    QString mergeKey() const { return m_mergeKey; }

private:
    friend class UndoStack;
    QString m_text;
    QString m_mergeKey;
    qint64 m_lastPushed = 0;
};

class UndoStack final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    static constexpr qint64 kMergeWindowMs = 2000;

    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;
    Q_DISABLE_COPY_MOVE(UndoStack)

    void setClock(Clock clock);
    qint64 now() const { return m_clock(); }

    // Runs the command (unless ALREADY_DONE: its work is done) and puts it
    // on top, dropping what could have been redone; or merges it into the
    // top step (see UndoCommand). Inside a macro it becomes part of it.
    void push(std::unique_ptr<UndoCommand> command, bool alreadyDone = false);
    void undo();
    void redo();
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    int count() const { return int(m_commands.size()); }
    int index() const { return m_index; } // steps that can be undone
    QString text(int index) const;
    void clear();

    // What is pushed between these becomes one step with TEXT; macros nest.
    void beginMacro(const QString &text);
    void endMacro();
    bool isInMacro() const { return !m_macros.empty(); }

signals:
    void indexChanged(int index);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &undoText);
    void redoTextChanged(const QString &redoText);

private:
    class Macro;
    struct State
    {
        bool canUndo;
        bool canRedo;
        QString undoText;
        QString redoText;
    };
    State state() const;
    void announce(const State &before);
    void setIndex(int index);

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    std::vector<std::unique_ptr<Macro>> m_macros; // open, outermost first
    int m_index = 0;
    Clock m_clock;
};

} // namespace akkoord
