// One language mechanism (issue 14): the interface follows the chosen
// language, Qt's own dialogs included, a language added as files switches it
// without C++ changes, and Preferences offers what is installed.

#include "domain/catalog.h"
#include "domain/language.h"
#include "gui/mainwindow.h"
#include "gui/newtrajectorywizard.h"
#include "gui/preferencesdialog.h"
#include "gui/settings.h"
#include "i18n/pseudolocale.h"
#include "support/guisupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>

using namespace akkoord;
using namespace akkoord::gui;
using akkoord::test::child;

namespace {

QStringList menuTitles(const MainWindow &w)
{
    QStringList out;
    for (const QAction *a : w.menuBar()->actions())
        out << a->text();
    return out;
}

// The pseudo-language where this (test-mode) process looks for added ones.
struct PseudoInstalled
{
    QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    PseudoInstalled() { REQUIRE(test::buildPseudoLanguage(data).isEmpty()); }
    ~PseudoInstalled()
    {
        QDir(data + QStringLiteral("/akkoord")).removeRecursively();
        installInterfaceLanguage(Language::english());
    }
};

} // namespace

TEST_CASE("The Dutch interface has Qt's own dialogs in Dutch too")
{
    installInterfaceLanguage(Language::dutch());
    NewTrajectoryWizard wizard;
    CHECK(wizard.buttonText(QWizard::NextButton) == QStringLiteral("&Volgende >"));
    CHECK(wizard.buttonText(QWizard::CancelButton) == QStringLiteral("Annuleren"));

    QFileDialog dialog(nullptr, QStringLiteral("x"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    QStringList labels;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        labels << l->text();
    INFO(labels.join(QStringLiteral(" | ")).toStdString());
    CHECK(labels.contains(QStringLiteral("Bestands&naam:")));
    installInterfaceLanguage(Language::english());
}

TEST_CASE("Akkoord's own texts follow the interface language")
{
    SECTION("Dutch")
    {
        MainWindow w(test::shippedCatalog(), QStringLiteral("nl"));
        CHECK(menuTitles(w).startsWith(QStringLiteral("&Bestand")));
    }
    SECTION("English")
    {
        MainWindow w(test::shippedCatalog(), QStringLiteral("en"));
        CHECK(menuTitles(w).startsWith(QStringLiteral("&File")));
    }
    installInterfaceLanguage(Language::english());
}

// One test case (two sections): ctest runs test cases in parallel processes,
// and these share the test-mode data folder the pseudo-language lives in.
TEST_CASE("A language added as files: the interface follows it, and Preferences offers it")
{
    PseudoInstalled pseudo;
    SECTION("the interface, without C++ changes")
    {
        const Language xx(QStringLiteral("xx"));
        REQUIRE(xx.isValid());
        CHECK(Language::available().contains(xx));
        CHECK(xx.nativeName() == QStringLiteral("Pseudo"));

        MainWindow w(test::shippedCatalog(), QStringLiteral("xx"));
        const QStringList menus = menuTitles(w);
        INFO(menus.join(QStringLiteral(" | ")).toStdString());
        REQUIRE_FALSE(menus.isEmpty());
        for (const QString &m : menus)
            CHECK(m.startsWith(QStringLiteral("⟦")));
        // Every action in every menu, so a string that bypasses tr() shows up;
        // the phases' names come from the catalogue, which has no "xx" texts and
        // so falls back to its primary language.
        QStringList phases;
        for (const Phase &p : test::shippedCatalog().phases)
            phases << p.title.in(QStringLiteral("xx"));
        QStringList plain;
        for (const QAction *menu : w.menuBar()->actions())
            for (const QAction *a : menu->menu()->actions())
                if (!a->isSeparator() && !a->text().isEmpty() && !a->text().contains(QStringLiteral("⟦")) && !a->menu() && !phases.contains(a->text()))
                    plain << a->text();
        INFO(plain.join(QStringLiteral(" | ")).toStdString());
        CHECK(plain.isEmpty());
    }
    SECTION("Preferences offers the installed languages and the system's, in a combo box")
    {
        Settings::setLanguage(QString());
        PreferencesDialog dialog({.language = QStringLiteral("nl"), .zoomPercent = 120});
        auto *combo = child<QComboBox>(&dialog, QStringLiteral("languageCombo"));
        QStringList codes;
        for (int i = 0; i < combo->count(); ++i)
            codes << combo->itemData(i).toString();
        CHECK(codes == QStringList{QString(), QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("xx")});
        CHECK(combo->currentData().toString() == QStringLiteral("nl"));
        CHECK(combo->itemText(2) == QStringLiteral("Nederlands"));
        combo->setCurrentIndex(3);
        CHECK(dialog.choices().language == QStringLiteral("xx"));
        CHECK(dialog.choices().zoomPercent == 120);
    }
}
