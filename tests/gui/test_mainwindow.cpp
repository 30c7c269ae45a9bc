#include "catalog/catalogloader.h"
#include "gui/mainwindow.h"
#include "storage/trajectoryfile.h"
#include "support/support.h"

#include <QLabel>
#include <QListWidget>

using namespace akkoord;

TEST_CASE("the main window shows the trajectory's title, partners and six phases", "[gui]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("t.akkoord"));
    {
        TrajectoryInfo info;
        info.title = QStringLiteral("Kansrijk opgroeien");
        auto f = TrajectoryFile::create(path, info);
        f->addPartner(Partner{.organisation = QStringLiteral("Gemeente Lindeveen"), .domain = PartnerDomain::Municipality});
        f->addPartner(Partner{.organisation = QStringLiteral("GGD"), .domain = PartnerDomain::YouthHealthCare});
    }
    const CatalogLoad load = loadCatalog(test::sourcePath(QStringLiteral("data/catalog")));
    REQUIRE(load.ok());
    gui::MainWindow w(load.catalog, QStringLiteral("nl"));
    w.openFile(path);
    w.show();
    CHECK(w.findChild<QLabel *>(QStringLiteral("trajectoryTitle"))->text() == QStringLiteral("Kansrijk opgroeien"));
    auto *partners = w.findChild<QListWidget *>(QStringLiteral("partnerList"));
    REQUIRE(partners->count() == 2);
    CHECK(partners->item(0)->text().startsWith(QStringLiteral("Gemeente Lindeveen")));
    auto *phases = w.findChild<QListWidget *>(QStringLiteral("phaseList"));
    REQUIRE(phases->count() == 6);
    CHECK(phases->item(0)->text().startsWith(QStringLiteral("Verkennen")));
}
