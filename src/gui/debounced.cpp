#include "gui/debounced.h"

#include <QTextBlock>

namespace akkoord::gui {

namespace {
constexpr int kDebounceMs = 400;
}

PendingEdits &PendingEdits::instance()
{
    static PendingEdits edits;
    return edits;
}

DebouncedTextEdit::DebouncedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    setTabChangesFocus(true);
    connect(&m_timer, &QTimer::timeout, this, &DebouncedTextEdit::commitNow);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        fitHeight();
        if (!m_settingFromModel)
            m_timer.start();
    });
    connect(&PendingEdits::instance(), &PendingEdits::flushRequested, this, [this] {
        if (m_timer.isActive())
            commitNow();
    });
    fitHeight();
}

void DebouncedTextEdit::setFromModel(const QString &text)
{
    if (m_timer.isActive() || toPlainText() == text)
        return;
    m_settingFromModel = true;
    const int position = textCursor().position();
    setPlainText(text);
    QTextCursor c = textCursor();
    c.setPosition(std::min(position, int(text.size())));
    setTextCursor(c);
    m_settingFromModel = false;
}

void DebouncedTextEdit::commitNow()
{
    m_timer.stop();
    if (m_commit)
        m_commit(toPlainText());
}

void DebouncedTextEdit::focusOutEvent(QFocusEvent *event)
{
    if (m_timer.isActive())
        commitNow();
    QPlainTextEdit::focusOutEvent(event);
}

void DebouncedTextEdit::setLineRange(int minLines, int maxLines)
{
    m_minLines = minLines;
    m_maxLines = maxLines;
    fitHeight();
}

void DebouncedTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void DebouncedTextEdit::fitHeight()
{
    const int line = fontMetrics().lineSpacing();
    int lines = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        lines += std::max(1, b.layout() ? b.layout()->lineCount() : 1);
    lines = std::clamp(lines + 1, m_minLines, m_maxLines);
    const int margins = int(document()->documentMargin() * 2) + frameWidth() * 2 + contentsMargins().top() + contentsMargins().bottom();
    setFixedHeight(lines * line + margins);
}

DebouncedLineEdit::DebouncedLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &DebouncedLineEdit::commitNow);
    connect(this, &QLineEdit::textChanged, this, [this] {
        if (!m_settingFromModel)
            m_timer.start();
    });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (m_timer.isActive())
            commitNow();
    });
    connect(&PendingEdits::instance(), &PendingEdits::flushRequested, this, [this] {
        if (m_timer.isActive())
            commitNow();
    });
}

void DebouncedLineEdit::setFromModel(const QString &text)
{
    if (m_timer.isActive() || this->text() == text)
        return;
    m_settingFromModel = true;
    setText(text);
    if (!hasFocus())
        setCursorPosition(0); // show the start of a long text, not its end
    m_settingFromModel = false;
}

void DebouncedLineEdit::commitNow()
{
    m_timer.stop();
    if (m_commit)
        m_commit(text());
}

void DebouncedLineEdit::focusOutEvent(QFocusEvent *event)
{
    if (m_timer.isActive())
        commitNow();
    QLineEdit::focusOutEvent(event);
}

} // namespace akkoord::gui
