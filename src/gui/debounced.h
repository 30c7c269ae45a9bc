#pragma once

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

#include <functional>

namespace akkoord::gui {

// Editors that hand their text to a commit function shortly after typing
// stops (and at once when focus leaves), so every keystroke is not a save
// but nothing typed waits long. While an edit is pending, updates from the
// model are ignored so they never overwrite what is being typed.
class PendingEdits final : public QObject
{
    Q_OBJECT
public:
    static PendingEdits &instance();
    // Commits every pending edit now, e.g. before undo or closing.
    void flushAll() { emit flushRequested(); }
signals:
    void flushRequested();
};

class DebouncedTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit DebouncedTextEdit(QWidget *parent = nullptr);
    void setCommit(std::function<void(const QString &)> commit) { m_commit = std::move(commit); }
    void setFromModel(const QString &text);
    bool isPending() const { return m_timer.isActive(); }
    void commitNow();
    // Grows with its content between a minimum and maximum number of lines.
    void setLineRange(int minLines, int maxLines);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    QTimer m_timer;
    std::function<void(const QString &)> m_commit;
    bool m_settingFromModel = false;
    int m_minLines = 4;
    int m_maxLines = 18;
};

class DebouncedLineEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit DebouncedLineEdit(QWidget *parent = nullptr);
    void setCommit(std::function<void(const QString &)> commit) { m_commit = std::move(commit); }
    void setFromModel(const QString &text);
    void commitNow();

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QTimer m_timer;
    std::function<void(const QString &)> m_commit;
    bool m_settingFromModel = false;
};

} // namespace akkoord::gui
