#include "gui/assessmentpage.h"

#include "domain/assessment.h"
#include "gui/assessmentresults.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/respondentform.h"
#include "session/session.h"
#include "gui/zoom.h"
#include "report/reportwriter.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace akkoord::gui {

namespace {

QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

AssessmentPage::AssessmentPage(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("assessmentPage"));
    auto *v = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Self-assessment"), this);
    zoom::setRelativeFont(title, 1.6, true);
    v->addWidget(title);
    auto *intro = new QLabel(tr("An honest look at the partnership: every respondent rates statements for each building block. Most valuable are the places where core and outer partners see things differently."), this);
    intro->setWordWrap(true);
    v->addWidget(intro);

    auto *top = new QHBoxLayout;
    auto *roundLabel = new QLabel(tr("&Round:"), this);
    m_rounds = new QComboBox(this);
    m_rounds->setObjectName(QStringLiteral("roundCombo"));
    roundLabel->setBuddy(m_rounds);
    auto *newRound = new QPushButton(tr("&New round"), this);
    newRound->setObjectName(QStringLiteral("newRound"));
    auto *removeRound = new QPushButton(tr("Remove round…"), this);
    auto *respondentMode = new QPushButton(tr("Let respondents fill it in themselves…"), this);
    respondentMode->setObjectName(QStringLiteral("respondentMode"));
    auto *csv = new QPushButton(tr("Export as CSV…"), this);
    top->addWidget(roundLabel);
    top->addWidget(m_rounds, 1);
    top->addWidget(newRound);
    top->addWidget(removeRound);
    top->addWidget(respondentMode);
    top->addWidget(csv);
    v->addLayout(top);
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setWordWrap(true);
    v->addWidget(m_coverage);

    m_tabs = new QTabWidget(this);
    auto *entry = new QSplitter(m_tabs);
    auto *listSide = new QWidget(entry);
    auto *lv = new QVBoxLayout(listSide);
    lv->setContentsMargins(0, 0, 0, 0);
    m_respondents = new QListWidget(listSide);
    m_respondents->setObjectName(QStringLiteral("respondentList"));
    auto *add = new QPushButton(tr("New &respondent"), listSide);
    add->setObjectName(QStringLiteral("newRespondent"));
    add->setShortcut(QKeySequence(tr("Ctrl+R")));
    auto *remove = new QPushButton(tr("Remove"), listSide);
    lv->addWidget(m_respondents, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    lv->addLayout(buttons);
    m_form = new RespondentForm(session, m_language);
    m_form->setObjectName(QStringLiteral("respondentForm"));
    entry->addWidget(listSide);
    entry->addWidget(scrolled(m_form, entry));
    entry->setStretchFactor(1, 3);
    entry->setSizes({260, 900});
    m_tabs->addTab(entry, tr("&Enter"));
    m_results = new AssessmentResultsView(session, m_language);
    m_tabs->addTab(scrolled(m_results, m_tabs), tr("Resul&ts"));
    v->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_results->setRound(currentRound());
    });
    connect(m_rounds, &QComboBox::currentIndexChanged, this, [this] {
        refreshRespondents();
        m_results->setRound(currentRound());
    });
    connect(newRound, &QPushButton::clicked, this, [this] {
        guarded(this, [&] {
            const int n = int(m_session->data().rounds.size()) + 1;
            const RecordId id = m_session->addRound(AssessmentRound{.name = tr("Round %1").arg(n), .date = QDate::currentDate()});
            selectRound(id);
        });
    });
    connect(removeRound, &QPushButton::clicked, this, [this] {
        if (currentRound() && Dialogs::confirm(this, tr("Remove round"), tr("Remove this round with all its respondents and answers? You can undo this with Ctrl+Z.")))
            m_session->removeRound(currentRound());
    });
    connect(add, &QPushButton::clicked, this, &AssessmentPage::newRespondent);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_form->respondent())
            m_session->removeRespondent(m_form->respondent());
    });
    connect(m_respondents, &QListWidget::currentRowChanged, this, [this](int row) {
        m_form->setRespondent(row >= 0 ? m_respondents->item(row)->data(Qt::UserRole).toLongLong() : 0);
    });
    connect(m_form, &RespondentForm::finished, this, &AssessmentPage::newRespondent);
    connect(respondentMode, &QPushButton::clicked, this, &AssessmentPage::startRespondentMode);
    connect(csv, &QPushButton::clicked, this, [this] {
        if (!currentRound())
            return;
        const QString path = Dialogs::saveFileName(this, tr("Export answers"), QFileInfo(m_session->path()).absoluteDir().filePath(tr("self-assessment.csv")),
                                                   tr("CSV (*.csv)"));
        if (!path.isEmpty())
            guarded(this, [&] { exportCsv(path); });
    });
    connect(session, &TrajectorySession::changed, this, [this](const Changes &changes) {
        if (!changes.touches({RecordKind::Round, RecordKind::Respondent, RecordKind::Score, RecordKind::Comment, RecordKind::Partner}))
            return;
        // Pages out of sight catch up when shown again.
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    refresh();
}

RecordId AssessmentPage::currentRound() const { return m_rounds->currentData().toLongLong(); }

void AssessmentPage::selectRound(RecordId id)
{
    refresh();
    m_rounds->setCurrentIndex(std::max(0, m_rounds->findData(QVariant::fromValue<qlonglong>(id))));
}

RecordId AssessmentPage::newRespondent()
{
    RecordId id = 0;
    guarded(this, [&] {
        if (!currentRound())
            selectRound(m_session->addRound(AssessmentRound{.name = tr("Round 1"), .date = QDate::currentDate()}));
        id = m_session->addRespondent(Respondent{.round = currentRound()});
    });
    if (!id)
        return 0;
    refreshRespondents();
    for (int i = 0; i < m_respondents->count(); ++i)
        if (m_respondents->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_respondents->setCurrentRow(i);
    m_tabs->setCurrentIndex(0);
    m_form->focusName();
    return id;
}

void AssessmentPage::startRespondentMode()
{
    // A separate window with only a fresh questionnaire: a respondent never
    // sees who answered before them, or what.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Fill in the self-assessment"));
    dialog.resize(900, 700);
    auto *v = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Fill in the questionnaire and choose Done. Your answers are then hidden from the next person."), &dialog);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new RespondentForm(m_session, m_language);
    form->setObjectName(QStringLiteral("respondentModeForm"));
    v->addWidget(scrolled(form, &dialog), 1);
    auto *buttons = new QDialogButtonBox(&dialog);
    auto *done = buttons->addButton(tr("Done — next person"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Stop"), QDialogButtonBox::RejectRole);
    v->addWidget(buttons);
    auto next = [this, form] {
        PendingEdits::instance().flushAll();
        if (!currentRound())
            selectRound(m_session->addRound(AssessmentRound{.name = tr("Round 1"), .date = QDate::currentDate()}));
        form->setRespondent(m_session->addRespondent(Respondent{.round = currentRound()}));
        form->focusName();
    };
    connect(done, &QPushButton::clicked, &dialog, next);
    connect(form, &RespondentForm::finished, &dialog, next);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (!guarded(this, next))
        return;
    dialog.exec();
    PendingEdits::instance().flushAll();
    // An untouched last form is not a respondent.
    const RecordId last = form->respondent();
    bool touched = false;
    for (const AssessmentScore &s : m_session->data().scores)
        touched = touched || s.respondent == last;
    for (const Respondent &r : m_session->data().respondents)
        if (r.id == last && !r.name.isEmpty())
            touched = true;
    if (!touched)
        m_session->removeRespondent(last);
}

void AssessmentPage::exportCsv(const QString &path) const
{
    report::writeBytes(path, responsesCsv(m_session->catalog(), m_session->data(), currentRound()));
}

void AssessmentPage::refresh()
{
    const RecordId current = currentRound();
    {
        const QSignalBlocker block(m_rounds);
        m_rounds->clear();
        for (const AssessmentRound &r : m_session->data().rounds)
            m_rounds->addItem(QStringLiteral("%1 — %2").arg(r.name, QLocale().toString(r.date, QLocale::LongFormat)), QVariant::fromValue<qlonglong>(r.id));
        int index = m_rounds->findData(QVariant::fromValue<qlonglong>(current));
        if (index < 0)
            index = m_rounds->count() - 1; // the latest round
        m_rounds->setCurrentIndex(index);
    }
    refreshRespondents();
    m_form->refresh();
    if (m_tabs->currentIndex() == 1) // the results cost a scoring pass: only when seen
        m_results->setRound(currentRound());
}

void AssessmentPage::refreshRespondents()
{
    const TrajectoryData &d = m_session->data();
    const RoundResults r = scoreRound(m_session->catalog(), d, currentRound());
    const RecordId selected = m_form->respondent();
    {
        const QSignalBlocker block(m_respondents);
        m_respondents->clear();
        int n = 0;
        for (const Respondent &resp : d.respondents) {
            if (resp.round != currentRound())
                continue;
            ++n;
            const Partner *p = resp.partner ? d.partner(*resp.partner) : nullptr;
            const QString name = resp.name.isEmpty() ? tr("Respondent %1").arg(n) : resp.name;
            auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3").arg(name, p ? p->organisation : tr("no organisation"), roleLabel(resp.role)), m_respondents);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(resp.id));
            if (resp.id == selected)
                m_respondents->setCurrentItem(item);
        }
    }
    if (!m_respondents->currentItem())
        m_form->setRespondent(0);
    QStringList counts, missing;
    for (const Partner &p : d.partners) {
        const int count = r.respondentsPerPartner.value(p.id);
        if (count == 0)
            missing << p.organisation;
        else
            counts << QStringLiteral("%1: %2").arg(p.organisation).arg(count);
    }
    QString text = tr("Respondents per partner — %1").arg(counts.isEmpty() ? tr("none yet") : counts.join(QStringLiteral("; ")));
    if (!missing.isEmpty())
        text += QLatin1Char('\n') + tr("No respondent yet from: %1").arg(missing.join(QStringLiteral(", ")));
    m_coverage->setText(text);
    m_coverage->setStyleSheet(missing.isEmpty() ? QString() : QStringLiteral("color: #8a5a00;"));
}

void AssessmentPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QWidget::showEvent(event);
}

} // namespace akkoord::gui
