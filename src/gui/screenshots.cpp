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
                                               {3, QStringLiteral("analyseren.belemmeringen")}, {4, QStringLiteral("ontwikkelen.afspraken")},
                                               {5, QStringLiteral("verantwoorden.verantwoording")}};
    for (const auto &[phase, question] : picks) {
        PhasePage *page = window.phasePage(phase);
        if (!page)
            continue;
        window.showPage(phase + 1);
        int index = 0;
        for (int i = 0; i < page->phase().questions.size(); ++i)
            if (page->phase().questions[i].id == question)
                index = i;
        page->setCurrentQuestion(index);
        save(QStringLiteral("%1-%2").arg(phase + 1).arg(QString(question).replace(QLatin1Char('.'), QLatin1Char('-'))));
    }
    // The projector view, at the two sizes a room's beamer usually has.
    window.showPage(1);
    if (PhasePage *page = window.phasePage(0))
        page->setCurrentQuestion(0);
    window.toggleProjector();
    if (ProjectorWindow *projector = window.projector()) {
        for (const QSize &size : {QSize(1280, 720), QSize(1920, 1080)}) {
            projector->showNormal();
            projector->resize(size);
            QApplication::processEvents();
            if (!projector->grab().save(QDir(dir).filePath(QStringLiteral("9-projectie-%1x%2.png").arg(size.width()).arg(size.height()))))
                ++failures;
        }
        projector->close();
    }
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
