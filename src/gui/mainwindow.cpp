#include "gui/mainwindow.h"

#include "domain/covenanttext.h"
#include "domain/error.h"
#include "domain/language.h"
#include "domain/progress.h"
#include "domain/safewrite.h"
#include "gui/aboutdialog.h"
#include "gui/glossarydialog.h"
#include "gui/filecontroller.h"
#include "gui/mainactions.h"
#include "gui/newtrajectorywizard.h"
#include "gui/preferencesdialog.h"
#include "gui/projectorcontroller.h"
#include "gui/assessmentpage.h"
#include "gui/debounced.h"
#include "gui/documentspage.h"
#include "gui/dialogs.h"
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

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QWindow>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QTextStream>
#include <QSplitter>
#include <QStackedWidget>
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
    m_files = new FileController(this);
    m_projectorCtl = new ProjectorController(this);
    m_actions = new MainActions(this, m_files, m_projectorCtl);
    connect(m_files, &FileController::recentFilesChanged, this, [this](const QStringList &files) { m_welcome->setRecentFiles(files); });
    setWindowIcon(QIcon(QStringLiteral(":/icons/akkoord.svg")));
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::newRequested, m_files, &FileController::newWithWizard);
    connect(m_welcome, &WelcomePage::openRequested, m_files, &FileController::openWithDialog);
    connect(m_welcome, &WelcomePage::demoRequested, m_files, &FileController::openDemo);
    connect(m_welcome, &WelcomePage::recentRequested, m_files, &FileController::openGuarded);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("saveProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8b1a1a; padding: 6px 10px; border-radius: 4px; }"));
    m_problem->hide();
    statusBar()->addWidget(m_problem, 1);
    statusBar()->addPermanentWidget(m_projectorCtl->clock());
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
    m_projectorCtl->drop();
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
    m_welcome->setRecentFiles(m_files->recentFiles());
    if (m_session)
        buildPages();
    refreshTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

void MainWindow::buildMenus() { m_actions->build(menuBar()); }

void MainWindow::updateActions() { m_actions->update(m_session.get()); }

QStringList MainWindow::pageNames() const
{
    QStringList names{tr("Partners")};
    for (const Phase &p : m_catalog.phases)
        names << p.title.in(m_language);
    return names << tr("Self-assessment") << tr("Documents");
}

PhasePage *MainWindow::currentPhasePage() const { return m_phasePages.value(currentPage() - 1); }

void MainWindow::buildPages()
{
    const int current = m_pages ? m_pages->currentIndex() : 0;
    m_projectorCtl->drop(); // rebuilt in the new language on the next F5
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
        m_projectorCtl->follow();
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
        connect(m_documentsPage, &DocumentsPage::navigateToGap, this, &MainWindow::goToGap);
        page = m_documentsPage;
    } else {
        auto *phase = new PhasePage(m_session.get(), m_catalog.phases[index - 1], m_language, m_pages);
        connect(phase, &PhasePage::currentQuestionChanged, m_projectorCtl, &ProjectorController::follow);
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
        m_problem->setText(tr("Not saved: %1").arg(message));
        m_problem->show();
        m_saveState->setText(tr("Not saved"));
    });
    connect(s, &TrajectorySession::saveRecovered, this, [this] { m_problem->hide(); });
    connect(s->undoStack(), &UndoStack::indexChanged, this, &MainWindow::updateActions);
    buildPages();
    m_files->addRecent(s->path());
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
    NewTrajectoryWizard::applyHouseTemplate(m_session.get(), Settings::houseTemplate(), this);
}

void MainWindow::toggleProjector() { m_projectorCtl->toggle(); }
ProjectorWindow *MainWindow::projector() const { return m_projectorCtl->projector(); }
ProjectorWindow *MainWindow::ensureProjector() { return m_projectorCtl->ensure(); }
void MainWindow::setProjectorShows(int shows) { m_projectorCtl->setShows(shows); }
QString MainWindow::statusClock() const { return m_projectorCtl->clock()->text(); }

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
    m_projectorCtl->drop();
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
    m_welcome->setRecentFiles(m_files->recentFiles());
    m_stack->setCurrentWidget(m_welcome);
    refreshTitle();
    updateActions();
}

void MainWindow::openGuarded(const QString &path) { m_files->openGuarded(path); }
void MainWindow::openWithDialog() { m_files->openWithDialog(); }
void MainWindow::newWithWizard() { m_files->newWithWizard(); }
void MainWindow::openDemo() { m_files->openDemo(); }

void MainWindow::showPreferences()
{
    PreferencesDialog dialog({.language = Settings::language(),
                              .zoomPercent = int(std::lround(m_zoom * 100)),
                              .projectorScreen = Settings::projectorScreen(),
                              .houseTemplate = Settings::houseTemplate()},
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PreferencesDialog::Choices chosen = dialog.choices();
    Settings::setProjectorScreen(chosen.projectorScreen);
    Settings::setHouseTemplate(chosen.houseTemplate);
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

void MainWindow::showGlossary()
{
    // Not modal: it may stay open beside the question being discussed.
    auto *dialog = findChild<GlossaryDialog *>(QStringLiteral("glossaryDialog"));
    if (!dialog) {
        dialog = new GlossaryDialog(m_catalog, m_language, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
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
