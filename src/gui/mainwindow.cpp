#include "gui/mainwindow.h"

#include "gui/aboutdialog.h"
#include "gui/preferencesdialog.h"

#include "domain/language.h"

#include "domain/error.h"
#include "domain/safewrite.h"
#include "domain/progress.h"
#include "gui/assessmentpage.h"
#include "gui/debounced.h"
#include "gui/documentspage.h"
#include "gui/dialogs.h"
#include "gui/newtrajectorywizard.h"
#include "gui/partnerspage.h"
#include "gui/phasepage.h"
#include "gui/projectorwindow.h"
#include "session/session.h"
#include "session/undostack.h"
#include "gui/settings.h"
#include "gui/welcomepage.h"
#include "gui/zoom.h"
#include "storage/backups.h"
#include "storage/trajectoryfile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QSettings>
#include <QWindow>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTextStream>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace akkoord::gui {

MainWindow::MainWindow(Catalog catalog, QString language, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/akkoord.svg")));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWithWizard);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWithDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openGuarded);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("saveProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8b1a1a; padding: 6px 10px; border-radius: 4px; }"));
    m_problem->hide();
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("statusClock"));
    m_clock->setToolTip(tr("Timer (F6 start/pause, Shift+F6 reset, Ctrl+F6 add a minute)"));
    statusBar()->addWidget(m_problem, 1);
    statusBar()->addPermanentWidget(m_clock);
    statusBar()->addPermanentWidget(m_saveState);

    m_referenceDock = new QDockWidget(this);
    m_referenceDock->setObjectName(QStringLiteral("referenceDock"));
    m_reference = new QTextBrowser(m_referenceDock);
    m_reference->setObjectName(QStringLiteral("referenceText"));
    m_referenceDock->setWidget(m_reference);
    addDockWidget(Qt::RightDockWidgetArea, m_referenceDock);
    m_referenceDock->hide();

    setLanguage(m_language);
    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 800);
    m_zoom = zoom::load(QStringLiteral("main"), this);
    applyZoom();
    refreshTitle();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Each screen keeps its own zoom: moving the window to the projector
    // or back brings that screen's zoom along.
    if (!m_screenWatched && windowHandle()) {
        m_screenWatched = true;
        connect(windowHandle(), &QWindow::screenChanged, this, [this] {
            m_zoom = zoom::load(QStringLiteral("main"), this);
            applyZoom();
        });
    }
}

void MainWindow::applyZoom() { zoom::apply(m_zoom); }

void MainWindow::zoomBy(int steps)
{
    m_zoom = zoom::stepped(m_zoom, steps);
    zoom::save(QStringLiteral("main"), this, m_zoom);
    applyZoom();
    statusBar()->showMessage(tr("Zoom %1%").arg(qRound(m_zoom * 100)), 2000);
}

void MainWindow::resetZoom()
{
    m_zoom = 1.0;
    zoom::save(QStringLiteral("main"), this, m_zoom);
    applyZoom();
}

MainWindow::~MainWindow()
{
    PendingEdits::instance().flushAll();
    delete m_projector;
    m_projector = nullptr;
    if (m_session) {
        // The session outlives nothing of the window: cut its signals first.
        m_session->undoStack()->disconnect(this);
        m_session->disconnect(this);
        m_session.reset();
    }
}

void MainWindow::setLanguage(const QString &language)
{
    const Language chosen = interfaceLanguage(language);
    m_language = chosen.code();
    installInterfaceLanguage(chosen);
    setLocale(QLocale()); // widgets inherit the window's locale (dates, numbers)
    QApplication::setLayoutDirection(chosen.direction());
    buildMenus();
    m_referenceDock->setWindowTitle(tr("Reference"));
    QString html;
    for (const ReferenceTopic &topic : m_catalog.reference) {
        html += QStringLiteral("<h2>%1</h2>").arg(topic.title.in(m_language).toHtmlEscaped());
        for (const ReferenceSection &s : topic.sections)
            html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(s.title.in(m_language).toHtmlEscaped(), s.body.in(m_language).toHtmlEscaped());
    }
    if (!m_catalog.dilemmas.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Dilemmas").toHtmlEscaped());
        for (const Dilemma &d : m_catalog.dilemmas)
            html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(d.title.in(m_language).toHtmlEscaped(), d.description.in(m_language).toHtmlEscaped());
    }
    m_reference->setHtml(html);
    m_welcome->setRecentFiles(recentFiles());
    if (m_session)
        buildPages();
    refreshTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    m_fileActions.clear();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New trajectory…"), QKeySequence::New, this, &MainWindow::newWithWizard);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    m_recentMenu = file->addMenu(tr("&Recent files"));
    rebuildRecentMenu();
    file->addAction(tr("Open &demo"), this, &MainWindow::openDemo);
    file->addSeparator();
    m_fileActions << file->addAction(tr("Save a cop&y as…"), QKeySequence(tr("Ctrl+Shift+S")), this, &MainWindow::saveCopyAs);
    m_fileActions << file->addAction(tr("&Export as JSON…"), this, &MainWindow::exportJson);
    m_fileActions << file->addAction(tr("&Restore a backup…"), this, &MainWindow::chooseBackup);
    file->addSeparator();
    m_fileActions << file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeFile);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Y"))});
    m_redo->setObjectName(QStringLiteral("redoAction"));
    connect(m_undo, &QAction::triggered, this, [this] {
        PendingEdits::instance().flushAll();
        if (m_session)
            m_session->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        PendingEdits::instance().flushAll();
        if (m_session)
            m_session->undoStack()->redo();
    });
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu *go = menuBar()->addMenu(tr("&Navigate"));
    m_fileActions << go->addAction(tr("&Next question"), QKeySequence(tr("Ctrl+PgDown")), this, &MainWindow::nextQuestion);
    m_fileActions << go->addAction(tr("&Previous question"), QKeySequence(tr("Ctrl+PgUp")), this, &MainWindow::previousQuestion);
    m_fileActions << go->addAction(tr("Next p&hase"), QKeySequence(tr("Ctrl+Shift+PgDown")), this, [this] { nextPhase(1); });
    m_fileActions << go->addAction(tr("Previous ph&ase"), QKeySequence(tr("Ctrl+Shift+PgUp")), this, [this] { nextPhase(-1); });
    go->addSeparator();
    QStringList names{tr("Partners")};
    for (const Phase &p : m_catalog.phases)
        names << p.title.in(m_language);
    names << tr("Self-assessment") << tr("Documents");
    for (int i = 0; i < names.size(); ++i)
        m_fileActions << go->addAction(names[i], QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), this, [this, i] { showPage(i); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reference = m_referenceDock->toggleViewAction();
    reference->setText(tr("&Reference"));
    reference->setShortcut(QKeySequence(Qt::Key_F2));
    view->addAction(reference);

    view->addSeparator();
    QAction *projector = view->addAction(tr("&Projector on/off"), QKeySequence(Qt::Key_F5), this, &MainWindow::toggleProjector);
    m_fileActions << projector;
    QMenu *shows = view->addMenu(tr("Projector s&hows"));
    auto *showsGroup = new QActionGroup(this);
    const QStringList showsNames{tr("The &current question"), tr("The self-assessment &results"), tr("A &pause screen")};
    for (int i = 0; i < showsNames.size(); ++i) {
        QAction *a = shows->addAction(showsNames[i], this, [this, i] { setProjectorShows(i); });
        a->setCheckable(true);
        a->setChecked(i == 0);
        showsGroup->addAction(a);
        m_showsActions << a;
        m_fileActions << a;
    }
    m_fileActions << view->addAction(tr("Pa&use screen on/off"), QKeySequence(Qt::CTRL | Qt::Key_F5), this, [this] {
        setProjectorShows(m_showsActions[2]->isChecked() ? 0 : 2);
    });
    view->addSeparator();
    m_fileActions << view->addAction(tr("&Start/pause the clock"), QKeySequence(Qt::Key_F6), this, [this] {
        if (ProjectorWindow *p = ensureProjector())
            p->toggleTimer();
    });
    m_fileActions << view->addAction(tr("R&eset the clock"), QKeySequence(Qt::SHIFT | Qt::Key_F6), this, [this] {
        if (ProjectorWindow *p = ensureProjector())
            p->resetTimer();
    });
    m_fileActions << view->addAction(tr("Add a &minute"), QKeySequence(Qt::CTRL | Qt::Key_F6), this, [this] {
        if (ProjectorWindow *p = ensureProjector())
            p->addSeconds(60);
    });
    m_timerPerQuestion = view->addAction(tr("Timer per &question instead of per phase"));
    m_timerPerQuestion->setCheckable(true);
    m_timerPerQuestion->setChecked(QSettings().value(QStringLiteral("timer/perQuestion"), false).toBool());
    connect(m_timerPerQuestion, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("timer/perQuestion"), on);
        if (m_projector)
            m_projector->setTimerScope(on ? ProjectorWindow::TimerScope::Question : ProjectorWindow::TimerScope::Phase);
    });
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { zoomBy(1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { zoomBy(-1); });
    zoomOut->setShortcuts({QKeySequence::ZoomOut});
    view->addAction(tr("&Actual size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { resetZoom(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Akkoord"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateActions();
}

void MainWindow::updateActions()
{
    for (QAction *a : m_fileActions)
        a->setEnabled(m_session != nullptr);
    const UndoStack *stack = m_session ? m_session->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo: %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo: %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::buildPages()
{
    const int current = m_pages ? m_pages->currentIndex() : 0;
    dropProjector(); // rebuilt in the new language on the next F5
    delete m_work;
    m_phasePages.clear();
    m_partnersPage = nullptr;
    m_assessmentPage = nullptr;
    m_documentsPage = nullptr;
    m_work = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_work);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_work);
    m_title->setObjectName(QStringLiteral("trajectoryTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setContentsMargins(12, 8, 12, 0);
    zoom::setRelativeFont(m_title, 1.15, true);
    layout->addWidget(m_title);
    auto *split = new QSplitter(m_work);
    m_navigator = new QListWidget(split);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setMinimumWidth(200);
    m_navigator->setMaximumWidth(260);
    m_navigator->setSpacing(2);
    m_pages = new QStackedWidget(split);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    // Pages are built when first shown: laying out every question of every
    // phase before the first paint was most of the start-up time.
    new QListWidgetItem(tr("Partners"), m_navigator);
    for (const Phase &phase : m_catalog.phases)
        new QListWidgetItem(phase.title.in(m_language), m_navigator);
    new QListWidgetItem(tr("Self-assessment"), m_navigator);
    new QListWidgetItem(tr("Documents"), m_navigator);
    m_phasePages = QList<PhasePage *>(m_catalog.phases.size(), nullptr);
    for (int i = 0; i < m_navigator->count(); ++i)
        m_pages->addWidget(new QWidget(m_pages));
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensurePage(row);
        m_pages->setCurrentIndex(row);
        followOnProjector();
    });
    m_stack->addWidget(m_work);
    m_stack->setCurrentWidget(m_work);
    refreshNavigator();
    showPage(std::clamp(current, 0, int(m_pages->count()) - 1));
}

void MainWindow::refreshNavigator()
{
    if (!m_session || !m_navigator)
        return;
    const TrajectoryData &d = m_session->data();
    m_navigator->item(0)->setText(tr("Partners (%1)").arg(d.partners.size()));
    for (int i = 0; i < m_catalog.phases.size(); ++i) {
        const Progress p = phaseProgress(m_catalog.phases[i], d);
        m_navigator->item(i + 1)->setText(QStringLiteral("%1. %2   %3/%4").arg(i + 1).arg(m_catalog.phases[i].title.in(m_language)).arg(p.answered).arg(p.total));
        m_navigator->item(i + 1)->setToolTip(m_catalog.phases[i].summary.in(m_language));
    }
    int respondents = 0;
    if (!d.rounds.isEmpty())
        for (const Respondent &r : d.respondents)
            respondents += r.round == d.rounds.last().id ? 1 : 0;
    m_navigator->item(AssessmentIndex)->setText(d.rounds.isEmpty() ? tr("Self-assessment") : tr("Self-assessment (%1)").arg(respondents));
    m_navigator->item(DocumentsIndex)->setText(tr("Documents"));
}

void MainWindow::refreshTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Akkoord"));
        setWindowFilePath({});
        return;
    }
    const QString title = m_session->data().info.title;
    setWindowTitle(QStringLiteral("%1 — %2").arg(title.isEmpty() ? QFileInfo(m_session->path()).fileName() : title, tr("Akkoord")));
    if (m_title) {
        QString text = title;
        if (!m_session->data().info.municipality.isEmpty())
            text += QStringLiteral(" · ") + m_session->data().info.municipality;
        if (m_session->isReadOnly())
            text += QStringLiteral("   [") + tr("read-only") + QLatin1Char(']');
        m_title->setText(text);
    }
}

void MainWindow::showPage(int index)
{
    if (!m_navigator || index < 0 || index >= m_navigator->count())
        return;
    m_navigator->setCurrentRow(index);
}

int MainWindow::currentPage() const { return m_navigator ? m_navigator->currentRow() : -1; }

QWidget *MainWindow::ensurePage(int index)
{
    if (!m_session || !m_pages || index < 0 || index >= m_pages->count())
        return nullptr;
    QWidget *existing = m_pages->widget(index);
    if (existing->property("akkoordPage").toBool())
        return existing;
    QWidget *page = nullptr;
    if (index == 0) {
        m_partnersPage = new PartnersPage(m_session.get(), m_pages);
        page = m_partnersPage;
    } else if (index == AssessmentIndex) {
        m_assessmentPage = new AssessmentPage(m_session.get(), m_language, m_pages);
        page = m_assessmentPage;
    } else if (index == DocumentsIndex) {
        m_documentsPage = new DocumentsPage(m_session.get(), m_language, m_pages);
        page = m_documentsPage;
    } else {
        auto *phase = new PhasePage(m_session.get(), m_catalog.phases[index - 1], m_language, m_pages);
        connect(phase, &PhasePage::currentQuestionChanged, this, &MainWindow::followOnProjector);
        m_phasePages[index - 1] = phase;
        page = phase;
    }
    page->setProperty("akkoordPage", true);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(existing);
    delete existing;
    if (current)
        m_pages->setCurrentIndex(index);
    return page;
}

PhasePage *MainWindow::phasePage(int phase)
{
    if (phase < 0 || phase >= m_phasePages.size())
        return nullptr;
    ensurePage(phase + 1);
    return m_phasePages.value(phase);
}

PartnersPage *MainWindow::partnersPage()
{
    ensurePage(0);
    return m_partnersPage;
}

AssessmentPage *MainWindow::assessmentPage()
{
    ensurePage(AssessmentIndex);
    return m_assessmentPage;
}

DocumentsPage *MainWindow::documentsPage()
{
    ensurePage(DocumentsIndex);
    return m_documentsPage;
}

void MainWindow::nextQuestion()
{
    if (PhasePage *p = phasePage(currentPage() - 1); p && !p->step(1))
        nextPhase(1);
}

void MainWindow::previousQuestion()
{
    if (PhasePage *p = phasePage(currentPage() - 1); p && !p->step(-1)) {
        nextPhase(-1);
        if (PhasePage *prev = phasePage(currentPage() - 1))
            prev->setCurrentQuestion(int(prev->phase().questions.size()) - 1);
    }
}

void MainWindow::nextPhase(int delta) { showPage(std::clamp(currentPage() + delta, 0, int(m_navigator ? m_navigator->count() - 1 : 0))); }

void MainWindow::openFile(const QString &path)
{
    auto file = TrajectoryFile::open(path);
    closeFile();
    m_session = std::make_unique<TrajectorySession>(std::move(file), m_catalog);
    TrajectorySession *s = m_session.get();
    // Progress counts answers, ratings, records and respondents alike.
    connect(s, &TrajectorySession::changed, this, [this] {
        refreshNavigator();
        refreshTitle();
    });
    connect(s, &TrajectorySession::saved, this, [this](const QDateTime &when) {
        m_saveState->setText(tr("Saved at %1").arg(QLocale().toString(when.time(), QStringLiteral("HH:mm:ss"))));
    });
    connect(s, &TrajectorySession::saveFailed, this, [this](const QString &message) {
        m_problem->setText(tr("Not saved: %1 Akkoord keeps trying; your text is kept.").arg(message));
        m_problem->show();
        m_saveState->setText(tr("Not saved"));
    });
    connect(s, &TrajectorySession::saveRecovered, this, [this] { m_problem->hide(); });
    connect(s->undoStack(), &UndoStack::indexChanged, this, &MainWindow::updateActions);
    buildPages();
    addRecent(s->path());
    if (!s->isReadOnly()) {
        // A backup of the file as it was opened, made once the window is up.
        QTimer::singleShot(1500, s, [this, s] {
            try {
                Backups::make(s->file());
            } catch (const UserError &e) {
                statusBar()->showMessage(tr("No backup made: %1").arg(e.message()), 8000);
            }
        });
    }
    m_saveState->setText(s->isReadOnly() ? tr("Read-only: %1").arg(s->file().readOnlyReason()) : tr("Changes are saved immediately"));
    // What opening did beside the file (a journal that did not belong to it
    // set aside): said once, without stopping the work.
    if (const QStringList notes = s->file().openNotes(); !notes.isEmpty()) {
        statusBar()->showMessage(notes.join(QLatin1Char(' ')), 30000);
        for (const QString &note : notes)
            QTextStream(stderr) << "akkoord: " << printable(note) << Qt::endl;
    }
    refreshTitle();
    updateActions();
}

void MainWindow::createFile(const QString &path, const TrajectoryInfo &info, const QList<Partner> &partners)
{
    ExchangeData initial;
    initial.data.info = info;
    initial.data.info.catalogVersion = m_catalog.catalogVersion;
    PartnerId next = 1;
    for (Partner p : partners) {
        p.id = next++;
        initial.data.partners.append(p);
    }
    TrajectoryFile::createFrom(path, initial).reset();
    openFile(path);
}

void MainWindow::toggleProjector()
{
    if (m_projector && m_projector->isVisible()) {
        m_projector->close();
        return;
    }
    if (!ensureProjector())
        return;
    followOnProjector();
    m_projector->present();
}

ProjectorWindow *MainWindow::ensureProjector()
{
    if (!m_session)
        return nullptr;
    if (!m_projector) {
        m_projector = new ProjectorWindow(m_session.get(), m_language, this);
        m_projector->setTimerScope(m_timerPerQuestion && m_timerPerQuestion->isChecked() ? ProjectorWindow::TimerScope::Question
                                                                                          : ProjectorWindow::TimerScope::Phase);
        for (int i = 0; i < m_showsActions.size(); ++i)
            if (m_showsActions[i]->isChecked())
                m_projector->setShows(ProjectorWindow::Shows(i));
        connect(m_projector, &ProjectorWindow::clockChanged, this, [this](const QString &text, bool up) {
            m_clock->setText(text.isEmpty() ? QString() : tr("Time: %1").arg(text));
            m_clock->setStyleSheet(up ? QStringLiteral("QLabel { background: #fbeed0; color: #6b4500; padding: 0 6px; }") : QString());
        });
        connect(m_projector, &ProjectorWindow::timeUp, this, [this] { statusBar()->showMessage(tr("Time is up for this part."), 8000); });
        followOnProjector();
    }
    return m_projector;
}

void MainWindow::dropProjector()
{
    delete m_projector;
    m_projector = nullptr;
    if (m_clock) {
        m_clock->clear();
        m_clock->setStyleSheet(QString());
    }
}

void MainWindow::setProjectorShows(int shows)
{
    if (shows < 0 || shows >= m_showsActions.size())
        return;
    m_showsActions[shows]->setChecked(true);
    if (m_projector)
        m_projector->setShows(ProjectorWindow::Shows(shows));
}

QString MainWindow::statusClock() const { return m_clock->text(); }

void MainWindow::followOnProjector()
{
    if (!m_projector)
        return;
    if (PhasePage *page = m_phasePages.value(currentPage() - 1))
        m_projector->showQuestion(page->currentQuestionId());
}

void MainWindow::closeFile()
{
    PendingEdits::instance().flushAll();
    if (m_session && m_session->hasUnsavedChanges()) {
        m_session->retryPendingSaves();
        if (m_session->hasUnsavedChanges()
            && !Dialogs::confirm(this, tr("Not everything has been saved"),
                                 tr("The latest changes could not be saved. Close anyway? Choose Cancel and save a copy elsewhere first.")))
            return;
    }
    dropProjector();
    if (m_work) {
        m_stack->removeWidget(m_work);
        delete m_work;
        m_work = nullptr;
        m_navigator = nullptr;
        m_pages = nullptr;
        m_partnersPage = nullptr;
        m_assessmentPage = nullptr;
        m_documentsPage = nullptr;
        m_title = nullptr;
        m_phasePages.clear();
    }
    m_session.reset();
    m_problem->hide();
    m_saveState->clear();
    m_welcome->setRecentFiles(recentFiles());
    m_stack->setCurrentWidget(m_welcome);
    refreshTitle();
    updateActions();
}

void MainWindow::openGuarded(const QString &path)
{
    try {
        openFile(path);
    } catch (const UserError &e) {
        const QList<Backup> backups = QFileInfo(path).isFile() ? Backups::list(path) : QList<Backup>{};
        if (backups.isEmpty()) {
            Dialogs::warn(this, tr("Could not open the file"), e.message());
            return;
        }
        const QString question = tr("%1\n\nThere is an automatic backup from %2. Open it? It is saved as a new file; the original file stays as it is.")
                                     .arg(e.message(), QLocale().toString(backups.first().madeAt.toLocalTime(), QLocale::LongFormat));
        if (Dialogs::confirm(this, tr("Could not open the file"), question))
            restoreBackup(path, backups.first());
    }
}

void MainWindow::restoreBackup(const QString &original, const Backup &backup)
{
    const QFileInfo info(original);
    QString target;
    for (int n = 1; n < 100 && (target.isEmpty() || QFileInfo::exists(target)); ++n)
        target = info.absoluteDir().filePath(tr("%1 (restored %2)").arg(info.completeBaseName(), QDate::currentDate().toString(Qt::ISODate))
                                             + (n > 1 ? QStringLiteral(" %1").arg(n) : QString()) + QStringLiteral(".akkoord"));
    guarded(this, [&] {
        Backups::restore(backup, target);
        openFile(target);
        statusBar()->showMessage(tr("Backup restored as %1").arg(QDir::toNativeSeparators(target)), 8000);
    });
}

void MainWindow::chooseBackup()
{
    if (!m_session)
        return;
    const QString path = m_session->path();
    const QList<Backup> backups = Backups::list(path);
    if (backups.isEmpty()) {
        Dialogs::warn(this, tr("Backups"), tr("There are no backups of this file yet."));
        return;
    }
    QStringList items;
    for (const Backup &b : backups)
        items << QLocale().toString(b.madeAt.toLocalTime(), QLocale::LongFormat);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Restore a backup"),
                                                 tr("Choose a backup. It is saved as a new file beside this one and opened."), items, 0, false, &ok);
    if (ok)
        restoreBackup(path, backups[items.indexOf(choice)]);
}

void MainWindow::openWithDialog()
{
    const QString path = Dialogs::openFileName(this, tr("Open trajectory"), tr("Akkoord trajectories (*.akkoord);;All files (*)"));
    if (!path.isEmpty())
        openGuarded(path);
}

void MainWindow::newWithWizard()
{
    NewTrajectoryWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(wizard.info().title + QStringLiteral(".akkoord"));
    QString path = Dialogs::saveFileName(this, tr("Save trajectory as"), suggested, tr("Akkoord trajectories (*.akkoord)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".akkoord")))
        path += QStringLiteral(".akkoord");
    guarded(this, [&] { createFile(path, wizard.info(), wizard.partners()); });
}

void MainWindow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.akkoord"));
    guarded(this, [&] {
        if (!QFileInfo::exists(path)) {
            QFile demo(QStringLiteral(":/demo/demo.json"));
            if (!demo.open(QIODevice::ReadOnly))
                throw UserError(tr("The demo is missing from this version of Akkoord."));
            TrajectoryFile::createFrom(path, fromJsonText(demo.readAll())).reset();
        }
        openFile(path);
    });
}

void MainWindow::saveCopyAs()
{
    if (!m_session)
        return;
    const QString path = Dialogs::saveFileName(this, tr("Save a copy as"), m_session->path(), tr("Akkoord trajectories (*.akkoord)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_session->path()).absoluteFilePath()) {
        Dialogs::warn(this, tr("Save a copy"), tr("Choose a name other than that of the open file."));
        return;
    }
    PendingEdits::instance().flushAll();
    if (guarded(this, [&] { m_session->file().saveCopyAs(path); }))
        statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportJson()
{
    if (!m_session)
        return;
    QString suggested = m_session->path();
    suggested.replace(QRegularExpression(QStringLiteral("\\.akkoord$")), QStringLiteral(".json"));
    const QString path = Dialogs::saveFileName(this, tr("Export as JSON"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    PendingEdits::instance().flushAll();
    guarded(this, [&] {
        // The file dialog has asked before replacing; the open file itself
        // is never the target.
        writeFileSafely(path, toJsonText(m_session->file().exportAll()), OutputRules{true, {m_session->path()}});
    });
}

void MainWindow::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    Settings::setRecentFiles(files.mid(0, 10));
    rebuildRecentMenu();
    m_welcome->setRecentFiles(recentFiles());
}

QStringList MainWindow::recentFiles() const
{
    QStringList files;
    for (const QString &f : Settings::recentFiles())
        if (QFileInfo::exists(f))
            files << f;
    return files;
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString &path : recentFiles())
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openGuarded(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog({.language = Settings::language(), .zoomPercent = int(std::lround(m_zoom * 100)), .projectorScreen = Settings::projectorScreen()}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PreferencesDialog::Choices chosen = dialog.choices();
    Settings::setProjectorScreen(chosen.projectorScreen);
    if (chosen.zoomPercent != int(std::lround(m_zoom * 100))) {
        m_zoom = chosen.zoomPercent / 100.0;
        zoom::save(QStringLiteral("main"), this, m_zoom);
        applyZoom();
    }
    if (chosen.language != Settings::language()) {
        Settings::setLanguage(chosen.language);
        setLanguage(chosen.language);
    }
}

void MainWindow::showAbout()
{
    AboutDialog(m_catalog.catalogVersion, this).exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    closeFile();
    if (m_session) {
        event->ignore();
        return;
    }
    Settings::setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace akkoord::gui
