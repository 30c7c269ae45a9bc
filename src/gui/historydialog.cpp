#include "gui/historydialog.h"
#include "ui_historydialog.h"

#include "gui/models/historymodel.h"

#include "domain/error.h"
#include "session/session.h"
#include "storage/trajectoryfile.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>

namespace akkoord::gui {

namespace {

QString describeAgreement(const Agreement &a)
{
    QStringList lines{a.what};
    if (a.deadline.isValid())
        lines << QObject::tr("Deadline: %1").arg(QLocale().toString(a.deadline, QLocale::LongFormat));
    if (!a.means.isEmpty())
        lines << QObject::tr("Resources: %1").arg(a.means);
    if (!a.indicator.isEmpty())
        lines << QObject::tr("Indicator: %1").arg(a.indicator);
    if (!a.target.isEmpty())
        lines << QObject::tr("Target value: %1").arg(a.target);
    lines << QObject::tr("Status: %1").arg(agreementStatusLabel(a.status));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HistoryDialog::HistoryDialog(TrajectorySession *session, QString entity, QString key, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entity(std::move(entity))
    , m_key(std::move(key))
    , m_ui(std::make_unique<Ui::HistoryDialog>())
{
    m_ui->setupUi(this);
    m_ui->split->setStretchFactor(1, 2);
    auto *restoreButton = m_ui->buttons->addButton(tr("Restore this version"), QDialogButtonBox::ActionRole);
    restoreButton->setObjectName(QStringLiteral("restoreVersion"));
    restoreButton->setEnabled(!session->isReadOnly());
    const QList<HistoryEntry> all = session->file().history(m_entity, m_key);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (!it->newValue.isEmpty())
            m_versions.append(decodeVersion(*it));
    m_model = new HistoryModel(m_versions, this);
    m_ui->historyList->setModel(m_model);
    connect(restoreButton, &QPushButton::clicked, this, [this] { restore(m_ui->historyList->currentIndex().row()); });
    connect(m_ui->historyList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showVersion(current.row()); });
    if (m_versions.isEmpty())
        m_ui->historyText->setPlainText(tr("No earlier versions yet."));
    else
        m_ui->historyList->setCurrentIndex(m_model->index(0));
}

HistoryDialog::~HistoryDialog() = default;

int HistoryDialog::versionCount() const { return int(m_versions.size()); }

QString HistoryDialog::versionText(int row) const
{
    if (row < 0 || row >= m_versions.size())
        return {};
    const HistoryVersion &v = m_versions[row];
    if (v.agreement)
        return describeAgreement(*v.agreement);
    if (v.answer)
        return v.answer->text;
    if (v.perspective)
        return v.perspective->text;
    return v.entry.newValue; // unreadable: shown as saved
}

void HistoryDialog::showVersion(int row) { m_ui->historyText->setPlainText(versionText(row)); }

void HistoryDialog::restore(int row)
{
    if (row < 0 || row >= m_versions.size())
        return;
    const HistoryVersion &v = m_versions[row];
    try {
        if (v.agreement)
            m_session->restoreAgreement(*v.agreement);
        else if (v.answer)
            m_session->restoreAnswer(*v.answer);
        else
            throw UserError(tr("This version cannot be read, so it cannot be restored."));
        accept();
    } catch (const UserError &e) {
        QMessageBox::warning(this, tr("Could not restore the version"), e.message());
    }
}

void HistoryDialog::showForAnswer(TrajectorySession *session, const QString &questionId, QWidget *parent)
{
    HistoryDialog dialog(session, QStringLiteral("answer"), questionId, parent);
    dialog.exec();
}

void HistoryDialog::showForAgreement(TrajectorySession *session, RecordId id, QWidget *parent)
{
    HistoryDialog dialog(session, QStringLiteral("agreement"), QString::number(id), parent);
    dialog.exec();
}

} // namespace akkoord::gui
