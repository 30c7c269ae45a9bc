#include "gui/historydialog.h"

#include "domain/error.h"
#include "session/session.h"
#include "storage/jsoncodec.h"
#include "storage/trajectoryfile.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

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
{
    setWindowTitle(tr("History"));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every saved version is kept. Choose a version to view it and, if needed, restore it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_text = new QPlainTextEdit(split);
    m_text->setReadOnly(true);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *restoreButton = buttons->addButton(tr("Restore this version"), QDialogButtonBox::ActionRole);
    restoreButton->setObjectName(QStringLiteral("restoreVersion"));
    restoreButton->setEnabled(!session->isReadOnly());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restoreButton, &QPushButton::clicked, this, [this] { restore(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &HistoryDialog::showVersion);

    const QList<HistoryEntry> all = session->file().history(m_entity, m_key);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (!it->newValue.isEmpty())
            m_entries.append(*it);
    for (const HistoryEntry &e : m_entries) {
        const QString who = e.author.isEmpty() ? QString() : QStringLiteral(" — %1").arg(e.author);
        m_list->addItem(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat) + who);
    }
    if (m_entries.isEmpty())
        m_text->setPlainText(tr("No earlier versions yet."));
    else
        m_list->setCurrentRow(0);
}

int HistoryDialog::versionCount() const { return int(m_entries.size()); }

QString HistoryDialog::versionText(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const auto json = nlohmann::json::parse(m_entries[row].newValue.toStdString(), nullptr, false);
    try {
        if (m_entity == QLatin1String("agreement"))
            return describeAgreement(agreementFromJson(json));
        if (m_entity == QLatin1String("answer"))
            return answerFromJson(json).text;
        return perspectiveFromJson(json).text;
    } catch (const UserError &) {
        return m_entries[row].newValue;
    }
}

void HistoryDialog::showVersion(int row) { m_text->setPlainText(versionText(row)); }

void HistoryDialog::restore(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const auto json = nlohmann::json::parse(m_entries[row].newValue.toStdString(), nullptr, false);
    try {
        if (m_entity == QLatin1String("agreement"))
            m_session->restoreAgreement(agreementFromJson(json));
        else if (m_entity == QLatin1String("answer"))
            m_session->restoreAnswer(answerFromJson(json));
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
