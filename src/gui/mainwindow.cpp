#include "gui/mainwindow.h"

#include "domain/progress.h"
#include "storage/trajectoryfile.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace akkoord::gui {

MainWindow::MainWindow(Catalog catalog, QString language, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_language(std::move(language))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_title = new QLabel(tr("Geen traject geopend"), central);
    m_title->setObjectName(QStringLiteral("trajectoryTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    auto *row = new QHBoxLayout;
    m_phases = new QListWidget(central);
    m_phases->setObjectName(QStringLiteral("phaseList"));
    m_partners = new QListWidget(central);
    m_partners->setObjectName(QStringLiteral("partnerList"));
    auto *phaseBox = new QVBoxLayout;
    phaseBox->addWidget(new QLabel(tr("Fasen"), central));
    phaseBox->addWidget(m_phases);
    auto *partnerBox = new QVBoxLayout;
    partnerBox->addWidget(new QLabel(tr("Partners"), central));
    partnerBox->addWidget(m_partners);
    row->addLayout(phaseBox);
    row->addLayout(partnerBox);
    layout->addLayout(row);
    setCentralWidget(central);
    resize(1100, 720);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::openFile(const QString &path)
{
    auto file = TrajectoryFile::open(path);
    m_data = file->load();
    m_file = std::move(file);
    setWindowFilePath(path);
    if (m_file->isReadOnly())
        statusBar()->showMessage(tr("Alleen-lezen: %1").arg(m_file->readOnlyReason()));
    refresh();
}

void MainWindow::refresh()
{
    m_title->setText(m_file ? m_data.info.title : tr("Geen traject geopend"));
    m_phases->clear();
    for (const Phase &phase : m_catalog.phases) {
        const Progress p = phaseProgress(phase, m_data);
        m_phases->addItem(QStringLiteral("%1  (%2/%3)").arg(phase.title.in(m_language)).arg(p.answered).arg(p.total));
    }
    m_partners->clear();
    for (const Partner &p : m_data.partners)
        m_partners->addItem(QStringLiteral("%1 — %2, %3").arg(p.organisation, domainLabel(p.domain), roleLabel(p.role)));
}

} // namespace akkoord::gui
