#include "gui/respondentform.h"

#include "gui/debounced.h"
#include "session/session.h"
#include "gui/zoom.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

namespace akkoord::gui {

ScoreEdit::ScoreEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setMaxLength(1);
    setFixedWidth(44);
    setAlignment(Qt::AlignCenter);
    setPlaceholderText(QStringLiteral("·"));
    setToolTip(tr("1 (disagree) to 5 (agree); 0, ? or w: don't know / not applicable; Backspace clears"));
}

std::optional<int> ScoreEdit::score() const
{
    const QString t = text();
    if (t.isEmpty())
        return std::nullopt;
    if (t == QLatin1String("?"))
        return kDontKnow;
    return t.toInt();
}

void ScoreEdit::setScore(std::optional<int> score)
{
    const QString t = !score ? QString() : *score == kDontKnow ? QStringLiteral("?") : QString::number(*score);
    if (t != text())
        setText(t);
}

void ScoreEdit::keyPressEvent(QKeyEvent *event)
{
    const QString t = event->text().toLower();
    if (t.size() == 1 && ((t[0] >= QLatin1Char('1') && t[0] <= QLatin1Char('5')) || t == QLatin1String("0") || t == QLatin1String("?") || t == QLatin1String("w"))) {
        const bool dontKnow = t == QLatin1String("0") || t == QLatin1String("?") || t == QLatin1String("w");
        setText(dontKnow ? QStringLiteral("?") : t);
        emit scoreEdited(score());
        focusNextChild();
        return;
    }
    if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete) {
        clear();
        emit scoreEdited(std::nullopt);
        return;
    }
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->modifiers() & Qt::ControlModifier) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    event->accept(); // anything else is ignored: the box holds only a score
}

RespondentForm::RespondentForm(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_language(std::move(language))
{
    auto *v = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    zoom::setRelativeFont(m_heading, 1.2, true);
    v->addWidget(m_heading);
    auto *who = new QFormLayout;
    m_name = new DebouncedLineEdit(this);
    m_name->setObjectName(QStringLiteral("respondentName"));
    m_name->setPlaceholderText(tr("Name (may also be a role, e.g. 'Reception class teacher')"));
    m_partner = new QComboBox(this);
    m_partner->setObjectName(QStringLiteral("respondentPartner"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("respondentRole"));
    m_role->addItems({roleLabel(PartnerRole::Core), roleLabel(PartnerRole::Outer)});
    who->addRow(tr("&Name"), m_name);
    who->addRow(tr("&Organisation"), m_partner);
    who->addRow(tr("&Role in this trajectory"), m_role);
    v->addLayout(who);
    auto *hint = new QLabel(tr("For each statement, type 1 (strongly disagree) to 5 (strongly agree), or 0 for don't know / not applicable. The cursor moves on by itself. Ctrl+Enter: next respondent."), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #4a5560;"));
    v->addWidget(hint);

    int index = 0;
    for (const BuildingBlock &b : session->catalog().buildingBlocks) {
        auto *box = new QGroupBox(b.title.in(m_language), this);
        auto *grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        int row = 0;
        for (const Statement &s : b.statements) {
            auto *edit = new ScoreEdit(box);
            edit->setObjectName(QStringLiteral("score_%1").arg(s.id));
            auto *label = new QLabel(s.text.in(m_language), box);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(edit);
            grid->addWidget(edit, row, 0, Qt::AlignTop);
            grid->addWidget(label, row, 1);
            const QString id = s.id;
            connect(edit, &ScoreEdit::scoreEdited, this, [this, id](std::optional<int> score) {
                if (m_respondent)
                    m_session->setScore(m_respondent, id, score);
            });
            m_scores.append(edit);
            m_statementIds.append(id);
            ++row;
            ++index;
        }
        auto *comment = new DebouncedLineEdit(box);
        comment->setObjectName(QStringLiteral("comment_%1").arg(b.id));
        comment->setPlaceholderText(tr("Explanation (optional)"));
        const QString block = b.id;
        comment->setCommit([this, block](const QString &text) {
            if (m_respondent)
                m_session->setComment(m_respondent, block, text);
        });
        grid->addWidget(comment, row, 0, 1, 2);
        m_comments.append(comment);
        m_blockIds.append(block);
        v->addWidget(box);
    }
    v->addStretch(1);
    // Ctrl+Enter anywhere in the questionnaire: done, next respondent.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            PendingEdits::instance().flushAll();
            emit finished();
        });
    }
    m_name->setCommit([this](const QString &) { commitIdentity(); });
    connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        // The role follows the partner unless changed by hand afterwards.
        if (const Partner *p = m_session->data().partner(m_partner->currentData().toLongLong())) {
            const QSignalBlocker block(m_role);
            m_role->setCurrentIndex(p->role == PartnerRole::Core ? 0 : 1);
        }
        commitIdentity();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { commitIdentity(); });
    setEnabled(false);
}

void RespondentForm::setRespondent(RecordId id)
{
    m_respondent = id;
    refresh();
}

void RespondentForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void RespondentForm::refresh()
{
    const TrajectoryData &d = m_session->data();
    const Respondent *r = nullptr;
    for (const Respondent &x : d.respondents)
        if (x.id == m_respondent)
            r = &x;
    setEnabled(r != nullptr && !m_session->isReadOnly());
    m_updating = true;
    // Rebuild the organisations only when they changed, so a refresh never
    // disturbs someone choosing one by typing.
    QStringList names{tr("(no or another organisation)")};
    for (const Partner &p : d.partners)
        names << p.organisation;
    QStringList shown;
    for (int i = 0; i < m_partner->count(); ++i)
        shown << m_partner->itemText(i);
    if (shown != names) {
        m_partner->clear();
        m_partner->addItem(names.first(), QVariant::fromValue<qlonglong>(0));
        for (const Partner &p : d.partners)
            m_partner->addItem(p.organisation, QVariant::fromValue<qlonglong>(p.id));
    }
    if (!r) {
        m_heading->setText(tr("Choose or create a respondent"));
        m_name->setFromModel({});
        for (ScoreEdit *e : m_scores)
            e->setScore(std::nullopt);
        m_updating = false;
        return;
    }
    m_heading->setText(r->name.isEmpty() ? tr("New respondent") : r->name);
    m_name->setFromModel(r->name);
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(QVariant::fromValue<qlonglong>(r->partner.value_or(0)))));
    m_role->setCurrentIndex(r->role == PartnerRole::Core ? 0 : 1);
    for (int i = 0; i < m_scores.size(); ++i) {
        std::optional<int> score;
        for (const AssessmentScore &s : d.scores)
            if (s.respondent == r->id && s.statementId == m_statementIds[i])
                score = s.score;
        m_scores[i]->setScore(score);
    }
    for (int i = 0; i < m_comments.size(); ++i) {
        QString text;
        for (const AssessmentComment &c : d.comments)
            if (c.respondent == r->id && c.buildingBlock == m_blockIds[i])
                text = c.text;
        m_comments[i]->setFromModel(text);
    }
    m_updating = false;
}

void RespondentForm::commitIdentity()
{
    if (m_updating || !m_respondent)
        return;
    for (const Respondent &x : m_session->data().respondents) {
        if (x.id != m_respondent)
            continue;
        Respondent r = x;
        r.name = m_name->text();
        const qlonglong partner = m_partner->currentData().toLongLong();
        r.partner = partner ? std::optional<PartnerId>(partner) : std::nullopt;
        r.role = m_role->currentIndex() == 0 ? PartnerRole::Core : PartnerRole::Outer;
        m_session->updateRespondent(r);
        return;
    }
}

} // namespace akkoord::gui
