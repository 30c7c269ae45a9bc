#pragma once

// The covenant's own wording on the Documents page: the standard articles in
// print order (optional ones can be switched off, every one reworded, with
// "back to the standard text") and the recitals and clauses proposed from the
// dialogue (accepted as proposed or rewritten). Also OptionalDateEdit, the
// date field that may be left empty, used by the covenant's forms.

#include <QDateEdit>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class DebouncedTextEdit;

// A date edit that can be empty ("not set"): the empty value is the minimum
// date, shown as the special value text. Clicking an empty one opens the
// calendar at today's month without choosing a date yet.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    // Invalid when empty.
    QDate value() const;
    // An invalid date empties it.
    void setValue(const QDate &date);
    bool isEmpty() const { return date() == minimumDate(); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

class CovenantWording final : public QWidget
{
    Q_OBJECT
public:
    CovenantWording(TrajectorySession *session, QString language, QWidget *parent = nullptr);

    // Selects the article ("parties", …) or the clause ("clause.…") and
    // puts the cursor in its editor; false when there is none.
    bool selectArticle(const QString &id);
    bool selectClause(const QString &key);
    // The selected item: "article.<id>", a clause key, or empty.
    QString selectedKey() const;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void showSelected();
    void commitArticle(const QString &id, const QString &text);
    void commitClause(const QString &key, const QString &text);
    QTreeWidgetItem *itemFor(const QString &key) const;

    TrajectorySession *m_session;
    QString m_language;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_articles;
    QTreeWidgetItem *m_clauses;
    QStackedWidget *m_editors;
    QLabel *m_articleTitle;
    QLabel *m_articleState;
    DebouncedTextEdit *m_articleEdit;
    QPushButton *m_articleReset;
    QLabel *m_clauseTitle;
    QLabel *m_clauseProposal;
    QLabel *m_clauseSource;
    QPushButton *m_accept;
    DebouncedTextEdit *m_clauseEdit;
    QLabel *m_clauseState;
    QString m_shownKey; // what the editors show now
    bool m_updating = false;
    bool m_stale = false;
};

} // namespace akkoord::gui
