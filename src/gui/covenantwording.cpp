#include "gui/covenantwording.h"

#include "domain/covenanttext.h"
#include "domain/error.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "session/session.h"
#include "storage/covenanttemplate.h"

#include <QCalendarWidget>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr char kQuiet[] = "color: #4a5560;";

const QString kArticlePrefix = QStringLiteral("article.");

QLabel *wrappedLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

// --- OptionalDateEdit ---------------------------------------------------

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(QDate(1900, 1, 1));
    setMaximumDate(QDate(2999, 12, 31));
    setSpecialValueText(tr("not set"));
    setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    setDate(minimumDate());
}

QDate OptionalDateEdit::value() const { return isEmpty() ? QDate() : date(); }

void OptionalDateEdit::setValue(const QDate &date) { setDate(date.isValid() && date > minimumDate() ? date : minimumDate()); }

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    const bool empty = isEmpty();
    QDateEdit::mousePressEvent(event);
    // The calendar opens on the empty value's month (1900): show today's.
    if (empty && calendarWidget())
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    // Delete or Backspace on the whole field empties it; a step from empty
    // starts at today rather than at 2 January 1900.
    const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    const bool wholeSelected = lineEdit()->hasSelectedText() && lineEdit()->selectedText() == lineEdit()->text();
    if (erase && (isEmpty() || wholeSelected)) {
        setDate(minimumDate());
        return;
    }
    if (isEmpty() && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down || event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        setDate(QDate::currentDate());
        return;
    }
    QDateEdit::keyPressEvent(event);
}

// --- CovenantWording ----------------------------------------------------

CovenantWording::CovenantWording(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("covenantWording"));
    auto *layout = new QVBoxLayout(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("covenantWordingTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(100);
    m_tree->setAccessibleName(tr("Articles and clauses"));
    m_tree->setToolTip(tr("Tick an optional article to include it; select an article or a clause to read or reword it."));
    m_articles = new QTreeWidgetItem(m_tree, {tr("Standard articles")});
    m_clauses = new QTreeWidgetItem(m_tree, {tr("Recitals and clauses from the dialogue")});
    for (QTreeWidgetItem *top : {m_articles, m_clauses}) {
        top->setFlags(Qt::ItemIsEnabled);
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        top->setExpanded(true);
    }

    // The editors grow with the text; the panel scrolls as a whole.
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(110);
    m_editors = new QStackedWidget;
    m_editors->setObjectName(QStringLiteral("covenantWordingEditors"));
    scroll->setWidget(m_editors);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *none = wrappedLabel(m_editors);
    none->setText(tr("Tick an optional article to include it; select an article or a clause to read or reword it."));
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    none->setStyleSheet(QLatin1String(kQuiet));
    m_editors->addWidget(none);

    // An article: its wording, with the way back to the standard text.
    auto *article = new QWidget(m_editors);
    auto *av = new QVBoxLayout(article);
    av->setContentsMargins(0, 0, 0, 0);
    m_articleTitle = wrappedLabel(article);
    QFont bold = m_articleTitle->font();
    bold.setBold(true);
    m_articleTitle->setFont(bold);
    av->addWidget(m_articleTitle);
    m_articleState = wrappedLabel(article);
    m_articleState->setObjectName(QStringLiteral("articleWordingState"));
    m_articleState->setStyleSheet(QLatin1String(kQuiet));
    av->addWidget(m_articleState);
    m_articleEdit = new DebouncedTextEdit(article);
    m_articleEdit->setObjectName(QStringLiteral("articleWordingEdit"));
    m_articleEdit->setAccessibleName(tr("Wording of the article"));
    m_articleEdit->setLineRange(5, 30);
    m_articleEdit->setTabChangesFocus(true);
    av->addWidget(m_articleEdit);
    auto *ar = new QHBoxLayout;
    m_articleReset = new QPushButton(tr("&Back to the standard text"), article);
    m_articleReset->setObjectName(QStringLiteral("articleResetButton"));
    ar->addStretch(1);
    ar->addWidget(m_articleReset);
    av->addLayout(ar);
    av->addStretch(1);
    m_editors->addWidget(article);

    // A clause from the dialogue: the proposal, and the text the covenant uses.
    auto *clause = new QWidget(m_editors);
    auto *cv = new QVBoxLayout(clause);
    cv->setContentsMargins(0, 0, 0, 0);
    m_clauseTitle = wrappedLabel(clause);
    m_clauseTitle->setFont(bold);
    cv->addWidget(m_clauseTitle);
    m_clauseSource = wrappedLabel(clause);
    m_clauseSource->setStyleSheet(QLatin1String(kQuiet));
    cv->addWidget(m_clauseSource);
    auto *proposalRow = new QHBoxLayout;
    m_clauseProposal = wrappedLabel(clause);
    m_clauseProposal->setObjectName(QStringLiteral("clauseProposal"));
    m_clauseProposal->setStyleSheet(QStringLiteral("QLabel { background: #f1f4f7; border: 1px solid #d5dbe1; border-radius: 3px; padding: 6px; }"));
    proposalRow->addWidget(m_clauseProposal, 1);
    m_accept = new QPushButton(tr("&Accept proposal"), clause);
    m_accept->setObjectName(QStringLiteral("acceptProposalButton"));
    proposalRow->addWidget(m_accept, 0, Qt::AlignTop);
    cv->addLayout(proposalRow);
    auto *textLabel = new QLabel(tr("&Text in the covenant:"), clause);
    cv->addWidget(textLabel);
    m_clauseEdit = new DebouncedTextEdit(clause);
    m_clauseEdit->setObjectName(QStringLiteral("clauseTextEdit"));
    m_clauseEdit->setPlaceholderText(tr("Not in the covenant yet: accept the proposal or write the text yourself. Clearing the text takes it out again."));
    m_clauseEdit->setLineRange(3, 20);
    textLabel->setBuddy(m_clauseEdit);
    cv->addWidget(m_clauseEdit);
    m_clauseState = wrappedLabel(clause);
    m_clauseState->setObjectName(QStringLiteral("clauseState"));
    m_clauseState->setStyleSheet(QLatin1String(kQuiet));
    cv->addWidget(m_clauseState);
    cv->addStretch(1);
    m_editors->addWidget(clause);

    // The house template: this wording as the start of new trajectories.
    auto *templates = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save wording as &house template…"), this);
    save->setObjectName(QStringLiteral("saveTemplateButton"));
    save->setToolTip(tr("Saves the wording of the standard articles, and which optional ones are off, as a file colleagues can use for their trajectories."));
    auto *apply = new QPushButton(tr("Appl&y house template…"), this);
    apply->setObjectName(QStringLiteral("applyTemplateButton"));
    apply->setToolTip(tr("Replaces the wording of the standard articles with a house template's; the clauses from the dialogue stay."));
    apply->setEnabled(!session->isReadOnly());
    templates->addWidget(save);
    templates->addWidget(apply);
    templates->addStretch(1);
    layout->addLayout(templates);

    m_articleEdit->setCommit([this](const QString &text) {
        if (m_shownKey.startsWith(kArticlePrefix))
            commitArticle(m_shownKey.mid(kArticlePrefix.size()), text);
    });
    m_clauseEdit->setCommit([this](const QString &text) {
        if (!m_shownKey.isEmpty() && !m_shownKey.startsWith(kArticlePrefix))
            commitClause(m_shownKey, text);
    });
    connect(m_articleReset, &QPushButton::clicked, this, [this] {
        if (!m_shownKey.startsWith(kArticlePrefix))
            return;
        const CovenantText *own = m_session->data().covenantText(m_shownKey);
        const QString key = m_shownKey;
        guarded(this, [&] { m_session->setCovenantText(key, QString(), own ? own->enabled : true); });
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        const QString proposal = m_clauseProposal->property("proposal").toString();
        if (m_shownKey.isEmpty() || proposal.isEmpty())
            return;
        const QString key = m_shownKey;
        guarded(this, [&] { m_session->setCovenantText(key, proposal); });
        m_clauseEdit->setFocus();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (!m_updating)
            showSelected();
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating || item->parent() != m_articles)
            return;
        const QString key = item->data(0, kKeyRole).toString();
        const bool on = item->checkState(0) == Qt::Checked;
        const QString id = key.mid(kArticlePrefix.size());
        bool optional = false;
        for (const StandardArticle &a : standardArticles(m_session->data(), m_language))
            optional = optional || (a.id == id && a.optional);
        const CovenantText *own = m_session->data().covenantText(key);
        // A mandatory article cannot be switched off: put the tick back.
        if (!optional || m_session->isReadOnly() || on == articleEnabled(id, m_session->data())) {
            rebuild();
            return;
        }
        m_articleEdit->commitNow();
        const QString text = own ? own->text : QString();
        guarded(this, [&] { m_session->setCovenantText(key, text, on); });
    });
    connect(save, &QPushButton::clicked, this, [this] {
        PendingEdits::instance().flushAll();
        const TrajectoryInfo &info = m_session->data().info;
        const QString name = info.municipality.isEmpty() ? info.title : info.municipality;
        const QString suggested = QFileInfo(m_session->path()).absoluteDir().filePath(name + QStringLiteral(".akkoord-template"));
        QString path = Dialogs::saveFileName(this, tr("Save house template"), suggested, tr("House templates (*.akkoord-template)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".akkoord-template")))
            path += QStringLiteral(".akkoord-template");
        guarded(this, [&] { saveTemplate(path, templateFrom(m_session->data(), name), {true, {m_session->path()}}); });
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        PendingEdits::instance().flushAll();
        const QString path = Dialogs::openFileName(this, tr("Apply house template"), tr("House templates (*.akkoord-template)"));
        if (path.isEmpty())
            return;
        CovenantTemplate t;
        try {
            t = loadTemplate(path);
        } catch (const UserError &e) {
            Dialogs::warn(this, tr("House template not applied"), e.message());
            return;
        }
        guarded(this, [&] { m_session->applyCovenantTemplate(t.articles); });
    });
    connect(session, &TrajectorySession::changed, this, [this](const Changes &changes) {
        if (changes.touches({RecordKind::CovenantText, RecordKind::Info, RecordKind::Partner, RecordKind::Answer, RecordKind::Agreement,
                             RecordKind::Ambition, RecordKind::Accountability, RecordKind::Dilemma})) {
            // Out of sight (another tab or page): catch up when shown.
            if (isVisible())
                refresh();
            else
                m_stale = true;
        }
    });
    refresh();
}

void CovenantWording::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QWidget::showEvent(event);
}

QString CovenantWording::selectedKey() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kKeyRole).toString() : QString();
}

QTreeWidgetItem *CovenantWording::itemFor(const QString &key) const
{
    for (QTreeWidgetItem *top : {m_articles, m_clauses})
        for (int i = 0; i < top->childCount(); ++i)
            if (top->child(i)->data(0, kKeyRole).toString() == key)
                return top->child(i);
    return nullptr;
}

bool CovenantWording::selectArticle(const QString &id)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QTreeWidgetItem *item = itemFor(id.startsWith(kArticlePrefix) ? id : kArticlePrefix + id);
    if (!item)
        return false;
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    m_articleEdit->setFocus();
    return true;
}

bool CovenantWording::selectClause(const QString &key)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QTreeWidgetItem *item = itemFor(key.startsWith(QLatin1String("clause.")) ? key : QStringLiteral("clause.") + key);
    if (!item)
        return false;
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    m_clauseEdit->setFocus();
    return true;
}

void CovenantWording::refresh()
{
    rebuild();
    showSelected();
}

void CovenantWording::rebuild()
{
    const TrajectoryData &d = m_session->data();
    const bool readOnly = m_session->isReadOnly();
    m_updating = true;
    const QSignalBlocker block(m_tree);
    const QString current = selectedKey();

    // Articles: updated in place while the list is the same, so the view
    // keeps its scroll position and selection while someone types.
    const QList<StandardArticle> articles = standardArticles(d, m_language);
    if (m_articles->childCount() != articles.size())
        qDeleteAll(m_articles->takeChildren());
    int number = 0;
    for (int i = 0; i < articles.size(); ++i) {
        const StandardArticle &a = articles[i];
        const QString key = kArticlePrefix + a.id;
        QTreeWidgetItem *item = m_articles->child(i);
        if (!item)
            item = new QTreeWidgetItem(m_articles);
        const bool enabled = articleEnabled(a.id, d);
        const CovenantText *own = d.covenantText(key);
        QString text = enabled ? tr("Article %1. %2").arg(++number).arg(a.title) : a.title;
        if (!a.applies)
            text = tr("%1 (does not apply here)").arg(a.title);
        else if (own && !own->text.isEmpty())
            text += tr(" · own wording");
        item->setText(0, text);
        item->setData(0, kKeyRole, key);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (a.optional && a.applies && !readOnly)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        item->setCheckState(0, enabled ? Qt::Checked : Qt::Unchecked);
        item->setForeground(0, a.applies && enabled ? m_tree->palette().text() : m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
        item->setToolTip(0, !a.applies    ? tr("This article does not apply to this trajectory, so the covenant leaves it out.")
                            : a.optional ? tr("Optional: untick it to leave it out of the covenant.")
                                         : tr("Every covenant has this article: it cannot be switched off, but its wording can be changed."));
    }

    const QList<DialogueClause> clauses = dialogueClauses(d, m_session->catalog(), m_language);
    if (m_clauses->childCount() != clauses.size())
        qDeleteAll(m_clauses->takeChildren());
    int accepted = 0;
    for (int i = 0; i < clauses.size(); ++i) {
        const DialogueClause &c = clauses[i];
        QTreeWidgetItem *item = m_clauses->child(i);
        if (!item)
            item = new QTreeWidgetItem(m_clauses);
        const bool isAccepted = !c.accepted.trimmed().isEmpty();
        accepted += isAccepted ? 1 : 0;
        item->setText(0, (isAccepted ? QStringLiteral("✔ ") : QStringLiteral("○ ")) + c.label);
        item->setData(0, kKeyRole, c.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(0, isAccepted ? tr("Accepted: in the covenant") : tr("Not accepted yet: not in the covenant"));
    }
    m_clauses->setText(0, tr("Recitals and clauses from the dialogue (%1 of %2 accepted)").arg(accepted).arg(clauses.size()));

    if (QTreeWidgetItem *item = itemFor(current))
        m_tree->setCurrentItem(item);
    m_updating = false;
}

void CovenantWording::showSelected()
{
    const QString key = selectedKey();
    // What was typed for the previous item is saved with it first.
    if (key != m_shownKey) {
        m_articleEdit->commitNow();
        m_clauseEdit->commitNow();
    }
    const bool changedItem = key != m_shownKey;
    m_shownKey = key;
    const TrajectoryData &d = m_session->data();
    const bool readOnly = m_session->isReadOnly();
    if (key.isEmpty()) {
        m_editors->setCurrentIndex(0);
        return;
    }
    m_updating = true;
    if (key.startsWith(kArticlePrefix)) {
        const QString id = key.mid(kArticlePrefix.size());
        StandardArticle article;
        for (const StandardArticle &a : standardArticles(d, m_language))
            if (a.id == id)
                article = a;
        const CovenantText *own = d.covenantText(key);
        const bool custom = own && !own->text.isEmpty();
        const bool enabled = articleEnabled(id, d);
        m_articleTitle->setText(article.title);
        QString state = custom ? tr("Your own wording for this trajectory.") : tr("The standard wording, with this trajectory's facts filled in.");
        if (!article.applies)
            state += QLatin1Char(' ') + tr("The article does not apply to this trajectory, so the covenant leaves it out.");
        else if (!enabled)
            state += QLatin1Char(' ') + tr("Switched off: the covenant leaves it out.");
        state += QLatin1Char(' ') + tr("An empty line starts a new paragraph.");
        m_articleState->setText(state);
        m_articleReset->setEnabled(custom && !readOnly);
        m_articleEdit->setReadOnly(readOnly);
        m_articleEdit->setFromModel(articleText(id, d, m_session->catalog(), m_language));
        m_editors->setCurrentIndex(1);
        if (changedItem)
            m_articleEdit->moveCursor(QTextCursor::Start);
    } else {
        DialogueClause clause;
        for (const DialogueClause &c : dialogueClauses(d, m_session->catalog(), m_language))
            if (c.key == key)
                clause = c;
        m_clauseTitle->setText(clause.label);
        const Question *q = clause.sourceQuestion.isEmpty() ? nullptr : m_session->catalog().question(clause.sourceQuestion);
        m_clauseSource->setText(q ? tr("Proposed from the answer to: %1").arg(q->text.in(m_language)) : tr("Proposed from the dialogue."));
        m_clauseProposal->setText(clause.proposal.isEmpty() ? tr("The dialogue has nothing for this yet.") : clause.proposal);
        m_clauseProposal->setProperty("proposal", clause.proposal);
        const bool accepted = !clause.accepted.trimmed().isEmpty();
        m_accept->setEnabled(!readOnly && !clause.proposal.isEmpty() && clause.accepted != clause.proposal);
        m_clauseEdit->setReadOnly(readOnly);
        m_clauseEdit->setFromModel(clause.accepted);
        m_clauseState->setText(accepted ? (clause.accepted == clause.proposal ? tr("Accepted as proposed: in the covenant.") : tr("Accepted in your own words: in the covenant."))
                                        : tr("Not accepted: the covenant leaves it out."));
        m_editors->setCurrentIndex(2);
        if (changedItem)
            m_clauseEdit->moveCursor(QTextCursor::Start);
    }
    m_updating = false;
}

void CovenantWording::commitArticle(const QString &id, const QString &text)
{
    const TrajectoryData &d = m_session->data();
    const QString key = kArticlePrefix + id;
    const CovenantText *own = d.covenantText(key);
    const bool enabled = own ? own->enabled : true;
    // The standard wording typed back (or nothing left) is the standard again.
    const QString standard = standardArticleText(id, d, m_session->catalog(), m_language);
    const QString kept = text.trimmed().isEmpty() || text.trimmed() == standard.trimmed() ? QString() : text;
    if ((own ? own->text : QString()) == kept)
        return;
    guarded(this, [&] { m_session->setCovenantText(key, kept, enabled); });
}

void CovenantWording::commitClause(const QString &key, const QString &text)
{
    const CovenantText *own = m_session->data().covenantText(key);
    const QString kept = text.trimmed().isEmpty() ? QString() : text;
    if ((own ? own->text : QString()) == kept)
        return;
    guarded(this, [&] { m_session->setCovenantText(key, kept); });
}

} // namespace akkoord::gui
