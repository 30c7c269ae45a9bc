#include "gui/aboutdialog.h"

#include "gui/zoom.h"
#include "ui_aboutdialog.h"

#include <QApplication>
#include <QIcon>

namespace akkoord::gui {

AboutDialog::AboutDialog(const QString &catalogVersion, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    const int side = fontMetrics().height() * 5;
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/icons/akkoord.svg")).pixmap(side, side));
    m_ui->title->setText(tr("Akkoord %1").arg(QApplication::applicationVersion()));
    zoom::setRelativeFont(m_ui->title, 1.4, true);
    m_ui->versions->setText(tr("Question catalogue %1 · Qt %2").arg(catalogVersion, QString::fromLatin1(qVersion())));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

AboutDialog::~AboutDialog() = default;

} // namespace akkoord::gui
