#include "gui/preferencesdialog.h"

#include "domain/language.h"
#include "gui/dialogs.h"
#include "storage/covenanttemplate.h"
#include "ui_preferencesdialog.h"

#include <QDir>

#include <QGuiApplication>
#include <QScreen>

namespace akkoord::gui {

PreferencesDialog::PreferencesDialog(const Choices &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);

    const Language system = Language::forLocale();
    m_ui->languageCombo->addItem(tr("As the system (%1)").arg(system.nativeName()), QString());
    for (const Language &l : Language::available())
        m_ui->languageCombo->addItem(l.nativeName(), l.code());
    const int lang = m_ui->languageCombo->findData(current.language);
    m_ui->languageCombo->setCurrentIndex(lang < 0 ? 0 : lang);

    m_ui->zoomSpin->setValue(current.zoomPercent);

    m_ui->screenCombo->addItem(tr("Automatic: the second screen when there is one"), QString());
    for (const QScreen *screen : QGuiApplication::screens())
        m_ui->screenCombo->addItem(tr("%1 (%2 × %3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height()), screen->name());
    int screen = m_ui->screenCombo->findData(current.projectorScreen);
    if (screen < 0 && !current.projectorScreen.isEmpty()) { // remembered, but not connected now
        m_ui->screenCombo->addItem(tr("%1 (not connected)").arg(current.projectorScreen), current.projectorScreen);
        screen = m_ui->screenCombo->count() - 1;
    }
    m_ui->screenCombo->setCurrentIndex(std::max(screen, 0));

    m_ui->houseTemplateEdit->setText(QDir::toNativeSeparators(current.houseTemplate));
    m_ui->houseTemplateEdit->setCursorPosition(0);
    m_ui->houseTemplateEdit->setMinimumWidth(m_ui->houseTemplateEdit->fontMetrics().averageCharWidth() * 48);
    m_ui->houseTemplateClear->setEnabled(!current.houseTemplate.isEmpty());
    connect(m_ui->houseTemplateBrowse, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("House template for new trajectories"), tr("House templates (*.akkoord-template)"));
        if (path.isEmpty())
            return;
        // Checked now, so a damaged file is never chosen.
        if (const QStringList problems = checkTemplate(path); !problems.isEmpty()) {
            Dialogs::warn(this, tr("House template not used"), problems.first());
            return;
        }
        m_ui->houseTemplateEdit->setText(QDir::toNativeSeparators(path));
        m_ui->houseTemplateEdit->setCursorPosition(0);
        m_ui->houseTemplateClear->setEnabled(true);
    });
    connect(m_ui->houseTemplateClear, &QPushButton::clicked, this, [this] {
        m_ui->houseTemplateEdit->clear();
        m_ui->houseTemplateClear->setEnabled(false);
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

PreferencesDialog::~PreferencesDialog() = default;

PreferencesDialog::Choices PreferencesDialog::choices() const
{
    return {.language = m_ui->languageCombo->currentData().toString(),
            .zoomPercent = m_ui->zoomSpin->value(),
            .projectorScreen = m_ui->screenCombo->currentData().toString(),
            .houseTemplate = QDir::fromNativeSeparators(m_ui->houseTemplateEdit->text())};
}

} // namespace akkoord::gui
