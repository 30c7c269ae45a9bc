#pragma once

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTextBrowser;

namespace akkoord {
struct Backup;
struct CovenantGap;
class TrajectorySession;
}

namespace akkoord::gui {

class AssessmentPage;
class DocumentsPage;
class FileController;
class MainActions;
class ProjectorController;
class PartnersPage;
class ProjectorWindow;
class PhasePage;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Catalog catalog, QString language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a trajectory; throws UserError with a sentence for the user.
    void openFile(const QString &path);
    // Creates a file from the wizard's answers (or the demo) and opens it.
    void createFile(const QString &path, const TrajectoryInfo &info, const QList<Partner> &partners);
    void closeFile();
    TrajectorySession *session() const { return m_session.get(); }

    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // Navigator: 0 = Partners, 1..6 = the phases, 7 = self-assessment, 8 = documents.
    enum { AssessmentIndex = 7, DocumentsIndex = 8 };
    void showPage(int index);
    int currentPage() const;
    // Pages are built on first use; these build them when needed.
    PhasePage *phasePage(int phase);
    PartnersPage *partnersPage();
    AssessmentPage *assessmentPage();
    DocumentsPage *documentsPage();
    // Takes the user to the place to fix one gap of the covenant (from the
    // Documents page's list): the partner, the agreement, the dilemma, the
    // setting, the article or the clause, selected.
    void goToGap(const CovenantGap &gap);
    // Opens the phase page at the question of KIND (agreements, dilemmas);
    // null when the catalogue has none.
    PhasePage *showQuestionOfKind(AnswerKind kind);

    // The projector view (F5) follows the question on screen.
    void toggleProjector();
    ProjectorWindow *projector() const;
    // The projector window (created hidden when needed): it also keeps the
    // time box, which the status bar mirrors for the facilitator.
    ProjectorWindow *ensureProjector();
    // What the projector shows: 0 the current question, 1 the latest
    // self-assessment results, 2 a pause screen.
    void setProjectorShows(int shows);
    QString statusClock() const;

    // Zoom of the window's content (Ctrl +/−/0), remembered per screen.
    void zoomBy(int steps);
    void resetZoom();
    double zoomFactor() const { return m_zoom; }
    void nextQuestion();
    void previousQuestion();
    void nextPhase(int delta = 1);

    // Opens with a message instead of an exception; offers the newest
    // automatic backup when the file cannot be opened.
    void openGuarded(const QString &path);
    void openWithDialog();
    void newWithWizard();
    void openDemo();
    FileController *files() const { return m_files; }

    // For the action set (mainactions.cpp) and the controllers.
    QStringList pageNames() const; // as the navigator lists them
    PhasePage *currentPhasePage() const; // null when not on a phase, or not built yet
    QDockWidget *referenceDock() const { return m_referenceDock; }
    void showPreferences();
    void showAbout();
    void showGlossary();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    QWidget *ensurePage(int index);
    void refreshNavigator();
    void refreshTitle();
    void updateActions();
    void showReference(bool visible);

    Catalog m_catalog;
    QString m_language;
    std::unique_ptr<TrajectorySession> m_session;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_work = nullptr;
    QListWidget *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    PartnersPage *m_partnersPage = nullptr;
    AssessmentPage *m_assessmentPage = nullptr;
    DocumentsPage *m_documentsPage = nullptr;
    QList<PhasePage *> m_phasePages;
    FileController *m_files = nullptr;
    ProjectorController *m_projectorCtl = nullptr;
    MainActions *m_actions = nullptr;
    void applyZoom();
    double m_zoom = 1.0;
    bool m_screenWatched = false;
    QLabel *m_title = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_problem = nullptr;
    QDockWidget *m_referenceDock = nullptr;
    QTextBrowser *m_reference = nullptr;
};

} // namespace akkoord::gui
