// The session's undo history (session/undostack.h), on its own: steps,
// merging within the time window of an injected clock, macros, signals.

#include "session/undostack.h"
#include "support/support.h"

#include <QSignalSpy>

using namespace akkoord;

namespace {

// Appends its letter to a shared text on redo and takes it off on undo;
// with a merge key, a merged step takes the next one's letters too.
class Append final : public UndoCommand
{
public:
    Append(QString &text, QString letters, QString mergeKey = {})
        : UndoCommand(QStringLiteral("type ") + letters, std::move(mergeKey))
        , m_text(text)
        , m_letters(std::move(letters))
    {
    }
    void redo() override { m_text += m_letters; }
    void undo() override { m_text.chop(m_letters.size()); }
    bool mergeWith(const UndoCommand &next) override
    {
        m_letters += static_cast<const Append &>(next).m_letters;
        return true;
    }

private:
    QString &m_text;
    QString m_letters;
};

struct Clocked
{
    qint64 now = 1'000'000;
    UndoStack stack;
    QString text;
    Clocked()
    {
        stack.setClock([this] { return now; });
    }
    void type(const QString &letters, const QString &key = QStringLiteral("field"))
    {
        stack.push(std::make_unique<Append>(text, letters, key));
    }
};

} // namespace

TEST_CASE("a pushed step is done, undone and redone, and says what it is", "[session][undo]")
{
    Clocked c;
    QSignalSpy index(&c.stack, &UndoStack::indexChanged);
    QSignalSpy canUndo(&c.stack, &UndoStack::canUndoChanged);
    QSignalSpy canRedo(&c.stack, &UndoStack::canRedoChanged);
    QSignalSpy undoText(&c.stack, &UndoStack::undoTextChanged);
    CHECK_FALSE(c.stack.canUndo());
    c.type(QStringLiteral("a"), {});
    CHECK(c.text == QStringLiteral("a"));
    CHECK(c.stack.canUndo());
    CHECK(c.stack.undoText() == QStringLiteral("type a"));
    CHECK(c.stack.count() == 1);
    CHECK(index.size() == 1);
    CHECK(canUndo.size() == 1);
    CHECK(undoText.size() == 1);

    c.stack.undo();
    CHECK(c.text.isEmpty());
    CHECK(c.stack.index() == 0);
    CHECK(c.stack.canRedo());
    CHECK(c.stack.redoText() == QStringLiteral("type a"));
    CHECK(canRedo.size() == 1);
    c.stack.redo();
    CHECK(c.text == QStringLiteral("a"));
    CHECK_FALSE(c.stack.canRedo());
    c.stack.redo(); // nothing to redo: nothing happens
    CHECK(c.text == QStringLiteral("a"));
}

TEST_CASE("a step pushed after an undo drops what could have been redone", "[session][undo]")
{
    Clocked c;
    c.type(QStringLiteral("a"), {});
    c.type(QStringLiteral("b"), {});
    c.stack.undo();
    c.type(QStringLiteral("c"), {});
    CHECK(c.text == QStringLiteral("ac"));
    CHECK(c.stack.count() == 2);
    CHECK_FALSE(c.stack.canRedo());
}

TEST_CASE("typing in one field within the merge window is one step; a pause starts the next", "[session][undo][clock]")
{
    Clocked c;
    c.type(QStringLiteral("a"));
    c.now += 1500;
    c.type(QStringLiteral("b"));
    c.now += UndoStack::kMergeWindowMs; // the window slides with each merge
    c.type(QStringLiteral("c"));
    CHECK(c.stack.count() == 1);
    c.now += UndoStack::kMergeWindowMs + 1;
    c.type(QStringLiteral("d"));
    CHECK(c.stack.count() == 2);
    c.type(QStringLiteral("e"), QStringLiteral("other field"));
    CHECK(c.stack.count() == 3);
    c.type(QStringLiteral("f"), {}); // no key: never merges
    c.type(QStringLiteral("g"), {});
    CHECK(c.stack.count() == 5);
    CHECK(c.text == QStringLiteral("abcdefg"));
    for (int i = 0; i < 4; ++i)
        c.stack.undo();
    CHECK(c.text == QStringLiteral("abc"));
    c.stack.undo();
    CHECK(c.text.isEmpty());
}

TEST_CASE("a macro is one step, undone in reverse; an empty one is none", "[session][undo]")
{
    Clocked c;
    QSignalSpy canUndo(&c.stack, &UndoStack::canUndoChanged);
    c.type(QStringLiteral("x"), {});
    c.stack.beginMacro(QStringLiteral("two things"));
    CHECK(c.stack.isInMacro());
    CHECK_FALSE(c.stack.canUndo()); // not while it is open
    c.type(QStringLiteral("a"));
    c.stack.beginMacro(QStringLiteral("inner"));
    c.type(QStringLiteral("b"));
    c.stack.endMacro();
    c.type(QStringLiteral("c"));
    c.stack.endMacro();
    CHECK(c.text == QStringLiteral("xabc"));
    CHECK(c.stack.count() == 2);
    CHECK(c.stack.undoText() == QStringLiteral("two things"));
    CHECK(canUndo.size() == 3); // true, false while open, true again after
    c.stack.undo();
    CHECK(c.text == QStringLiteral("x"));
    c.stack.redo();
    CHECK(c.text == QStringLiteral("xabc"));

    c.stack.beginMacro(QStringLiteral("nothing"));
    c.stack.endMacro();
    CHECK(c.stack.count() == 2);
    CHECK(c.stack.canUndo());
}
