#include "gui/newtrajectorywizard.h"

#include "domain/error.h"
#include "gui/dialogs.h"
#include "gui/partnerspage.h"
#include "gui/settings.h"
#include "session/session.h"
#include "storage/covenanttemplate.h"
#include "ui_wizardinfopage.h"

#include <QFileInfo>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace akkoord::gui {

namespace {
// The first page (form: ui/wizardinfopage.ui) is complete once the
// trajectory has a title.
class InfoPage final : public QWizardPage
{
public:
    explicit InfoPage(QWidget *parent)
        : QWizardPage(parent)
    {
        ui.setupUi(this);
        connect(ui.wizardTitle, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return !ui.wizardTitle->text().trimmed().isEmpty(); }
    Ui::WizardInfoPage ui;
};

enum Column { Organisation, Domain, Role, Contact, SignatoryName, SignatoryFunction, Columns };
}

NewTrajectoryWizard::NewTrajectoryWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newTrajectoryWizard"));
    setWindowTitle(tr("New trajectory"));
    setWizardStyle(QWizard::ModernStyle);
    resize(900, 560);

    auto *infoPage = new InfoPage(this);
    m_title = infoPage->ui.wizardTitle;
    m_issue = infoPage->ui.wizardIssue;
    m_municipality = infoPage->ui.wizardMunicipality;
    m_facilitator = infoPage->ui.wizardFacilitator;
    addPage(infoPage);

    auto *partnerPage = new QWizardPage(this);
    partnerPage->setTitle(tr("The partners"));
    partnerPage->setSubTitle(tr("Which organisations take part? Parents and young people belong from the very start."));
    auto *v = new QVBoxLayout(partnerPage);
    m_partners = new QTableWidget(0, Columns, partnerPage);
    m_partners->setObjectName(QStringLiteral("wizardPartners"));
    m_partners->setHorizontalHeaderLabels({tr("Organisation"), tr("Domain"), tr("Role"), tr("Contact person"), tr("Signatory"), tr("Position")});
    m_partners->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_partners->verticalHeader()->hide();
    v->addWidget(m_partners);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add partner"), partnerPage);
    add->setObjectName(QStringLiteral("wizardAddPartner"));
    auto *remove = new QPushButton(tr("&Remove"), partnerPage);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    v->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addPartnerRow();
        m_partners->setCurrentCell(m_partners->rowCount() - 1, Organisation);
        m_partners->editItem(m_partners->item(m_partners->rowCount() - 1, Organisation));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_partners->currentRow() >= 0)
            m_partners->removeRow(m_partners->currentRow());
    });
    // Where the covenant's wording starts (Edit ▸ Preferences).
    if (const QString houseTemplate = Settings::houseTemplate(); !houseTemplate.isEmpty()) {
        auto *note = new QLabel(partnerPage);
        note->setObjectName(QStringLiteral("wizardHouseTemplate"));
        note->setWordWrap(true);
        note->setTextFormat(Qt::PlainText);
        const QStringList problems = checkTemplate(houseTemplate);
        note->setText(problems.isEmpty() ? tr("The covenant's wording starts from the house template %1 (Edit ▸ Preferences).").arg(QFileInfo(houseTemplate).fileName())
                                         : tr("The house template cannot be used, so the covenant starts from the standard wording: %1").arg(problems.first()));
        note->setStyleSheet(problems.isEmpty() ? QStringLiteral("color: #4a5560;") : QStringLiteral("color: #8a5a00;"));
        v->addWidget(note);
    }
    addPage(partnerPage);
}

void NewTrajectoryWizard::addPartnerRow(const Partner &partner)
{
    const int row = m_partners->rowCount();
    m_partners->insertRow(row);
    m_partners->setItem(row, Organisation, new QTableWidgetItem(partner.organisation));
    auto *domain = new QComboBox(m_partners);
    domain->addItems(PartnerFormLabels::domainLabels());
    domain->setCurrentIndex(int(allDomains().indexOf(partner.domain)));
    m_partners->setCellWidget(row, Domain, domain);
    auto *role = new QComboBox(m_partners);
    role->addItems({roleLabel(PartnerRole::Core), roleLabel(PartnerRole::Outer)});
    role->setCurrentIndex(partner.role == PartnerRole::Core ? 0 : 1);
    m_partners->setCellWidget(row, Role, role);
    m_partners->setItem(row, Contact, new QTableWidgetItem(partner.contactName));
    m_partners->setItem(row, SignatoryName, new QTableWidgetItem(partner.signatory.name));
    m_partners->setItem(row, SignatoryFunction, new QTableWidgetItem(partner.signatory.function));
}

TrajectoryInfo NewTrajectoryWizard::info() const
{
    TrajectoryInfo i;
    i.title = m_title->text().trimmed();
    i.issue = m_issue->toPlainText().trimmed();
    i.municipality = m_municipality->text().trimmed();
    i.facilitator = m_facilitator->text().trimmed();
    i.createdOn = QDate::currentDate();
    return i;
}

QList<Partner> NewTrajectoryWizard::partners() const
{
    QList<Partner> out;
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_partners->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_partners->rowCount(); ++row) {
        Partner p;
        p.organisation = text(row, Organisation);
        if (p.organisation.isEmpty())
            continue;
        p.domain = allDomains().value(qobject_cast<QComboBox *>(m_partners->cellWidget(row, Domain))->currentIndex(), PartnerDomain::Other);
        p.role = qobject_cast<QComboBox *>(m_partners->cellWidget(row, Role))->currentIndex() == 0 ? PartnerRole::Core : PartnerRole::Outer;
        p.contactName = text(row, Contact);
        p.signatory.name = text(row, SignatoryName);
        p.signatory.function = text(row, SignatoryFunction);
        out.append(p);
    }
    return out;
}

bool NewTrajectoryWizard::applyHouseTemplate(TrajectorySession *session, const QString &path, QWidget *parent)
{
    if (!session || path.isEmpty() || session->isReadOnly())
        return false;
    try {
        session->applyCovenantTemplate(loadTemplate(path).articles);
        return true;
    } catch (const UserError &e) {
        Dialogs::warn(parent, tr("House template not applied"), e.message());
        return false;
    }
}

} // namespace akkoord::gui
