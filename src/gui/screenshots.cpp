#include "gui/screenshots.h"

#include "gui/documentspage.h"
#include "gui/mainwindow.h"
#include "gui/phasepage.h"
#include "gui/projectorwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTabWidget>

namespace akkoord::gui {

namespace {

bool shoot(MainWindow &window, const QString &path)
{
    // Let asynchronous painting (the PDF preview renders pages in the
    // background) finish before the picture is taken.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 600)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    window.repaint();
    return window.grab().save(path);
}

} // namespace

namespace {
// Shows the phase and its question `id` (the first when not found).
bool showQuestion(MainWindow &window, int phase, const QString &id)
{
    PhasePage *page = window.phasePage(phase);
    if (!page)
        return false;
    window.showPage(phase + 1);
    int index = 0;
    for (int i = 0; i < page->phase().questions.size(); ++i)
        if (page->phase().questions[i].id == id)
            index = i;
    page->setCurrentQuestion(index);
    return true;
}
} // namespace

int saveScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    int failures = 0;
    auto save = [&](const QString &name) {
        if (!shoot(window, QDir(dir).filePath(name + QStringLiteral(".png"))))
            ++failures;
    };
    if (!window.session()) {
        save(QStringLiteral("welcome"));
        return failures;
    }
    window.showPage(0);
    save(QStringLiteral("partners"));
    // For each phase, the question that shows its kind of editor best.
    const QList<std::pair<int, QString>> picks{{0, QStringLiteral("verkennen.vraagstuk")},    {0, QStringLiteral("verkennen.urgentie")},
                                               {1, QStringLiteral("ambities.ambities")},      {2, QStringLiteral("inventariseren.visie-beleid")},
                                               {2, QStringLiteral("inventariseren.nu-en-gewenst")}, {3, QStringLiteral("analyseren.kloof")},
                                               {3, QStringLiteral("analyseren.dilemmas")},    {3, QStringLiteral("analyseren.belemmeringen")},
                                               {4, QStringLiteral("ontwikkelen.afspraken")}, {5, QStringLiteral("verantwoorden.verantwoording")}};
    for (const auto &[phase, question] : picks) {
        if (!showQuestion(window, phase, question))
            continue;
        save(QStringLiteral("%1-%2").arg(phase + 1).arg(QString(question).replace(QLatin1Char('.'), QLatin1Char('-'))));
    }
    // The projector view, at the two sizes a room's beamer usually has: a
    // question with its joint answer, and the now-versus-desired chart.
    const QList<std::pair<int, QString>> projected{{0, QString()}, {2, QStringLiteral("inventariseren.nu-en-gewenst")}};
    for (const auto &[phase, question] : projected) {
        if (!showQuestion(window, phase, question))
            continue;
        if (!window.projector() || !window.projector()->isVisible())
            window.toggleProjector();
        ProjectorWindow *projector = window.projector();
        if (!projector)
            continue;
        for (const QSize &size : {QSize(1280, 720), QSize(1920, 1080)}) {
            projector->showNormal();
            projector->resize(size);
            QApplication::processEvents();
            const QString name = question.isEmpty() ? QStringLiteral("9-projectie-%1x%2.png") : QStringLiteral("9-projectie-nu-en-gewenst-%1x%2.png");
            if (!projector->grab().save(QDir(dir).filePath(name.arg(size.width()).arg(size.height()))))
                ++failures;
        }
    }
    if (window.projector())
        window.projector()->close();
    window.showPage(MainWindow::AssessmentIndex);
    save(QStringLiteral("7-zelfevaluatie"));
    if (auto *tabs = window.findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        save(QStringLiteral("7-zelfevaluatie-resultaten"));
        tabs->setCurrentIndex(0);
    }
    window.showPage(MainWindow::DocumentsIndex);
    if (DocumentsPage *docs = window.documentsPage())
        docs->renderPreviewNow();
    save(QStringLiteral("8-documenten"));
    return failures;
}

} // namespace akkoord::gui
