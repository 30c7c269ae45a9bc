#include "gui/partnerspage.h"
#include "ui_partnerform.h"

#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "gui/models/partnersmodel.h"
#include "session/session.h"
#include "gui/zoom.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace akkoord::gui {

QStringList PartnerFormLabels::domainLabels()
{
    QStringList out;
    for (PartnerDomain d : allDomains())
        out << domainLabel(d);
    return out;
}

PartnersPage::PartnersPage(TrajectorySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("partnersPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Partners"), this);
    zoom::setRelativeFont(title, 1.6, true);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The organisations working together, with their role and who signs on their behalf. Core partners carry the trajectory; outer partners join in where it concerns them."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add partner"), this);
    add->setObjectName(QStringLiteral("addPartner"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removePartner"));
    m_up = new QPushButton(tr("Move up"), this);
    m_down = new QPushButton(tr("Move down"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    layout->addLayout(buttons);

    m_model = new PartnersModel(session, this);
    // While rows go, the view moves its selection to a neighbour (in
    // its own slots, connected in setModel); the page picks the row
    // itself when it refreshes.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_removingRows = false; });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *box = new QGroupBox(this); // form: ui/partnerform.ui
    Ui::PartnerForm form;
    form.setupUi(box);
    m_form = box;
    m_organisation = form.partnerOrganisation;
    m_domain = form.partnerDomain;
    m_domain->addItems(PartnerFormLabels::domainLabels());
    m_role = form.partnerRole;
    m_role->addItems({roleLabel(PartnerRole::Core), roleLabel(PartnerRole::Outer)});
    m_contactName = form.partnerContactName;
    m_contactEmail = form.partnerContactEmail;
    m_contactPhone = form.partnerContactPhone;
    m_signatoryName = form.partnerSignatoryName;
    m_signatoryFunction = form.partnerSignatoryFunction;
    m_mandate = form.partnerMandate;
    layout->addWidget(box);

    for (DebouncedLineEdit *e : {m_organisation, m_contactName, m_contactEmail, m_contactPhone, m_signatoryName, m_signatoryFunction})
        e->setCommit([this](const QString &) { commit(); });
    connect(m_domain, &QComboBox::currentIndexChanged, this, [this] { commit(); });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { commit(); });
    connect(m_mandate, &QCheckBox::toggled, this, [this] { commit(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_removingRows)
            return;
        const auto rows = m_table->selectionModel()->selectedRows();
        m_selected = rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
        showSelected();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        if (!guarded(this, [&] {
                Partner p;
                p.organisation = tr("New partner");
                m_selected = m_session->addPartner(p);
            }))
            return;
        refresh();
        m_organisation->setFocus();
        m_organisation->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, &PartnersPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { m_session->movePartner(m_selected, -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { m_session->movePartner(m_selected, 1); });
    connect(session, &TrajectorySession::changed, this, [this](const Changes &changes) {
        if (!changes.touches(RecordKind::Partner))
            return;
        // Pages out of sight catch up when shown again.
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    add->setEnabled(!session->isReadOnly());
    refresh();
}

PartnerId PartnersPage::selectedId() const { return m_selected; }

void PartnersPage::selectPartner(PartnerId id)
{
    m_selected = id;
    refresh();
}

void PartnersPage::refresh()
{
    const TrajectoryData &d = m_session->data();
    m_model->reload();
    int selectedRow = m_model->rowOf(m_selected);
    if (selectedRow < 0 && !d.partners.isEmpty()) {
        selectedRow = 0;
        m_selected = d.partners.first().id;
    }
    if (d.partners.isEmpty())
        m_selected = 0;
    if (selectedRow >= 0)
        m_table->selectRow(selectedRow);
    else
        m_table->clearSelection();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    showSelected();
}

void PartnersPage::showSelected()
{
    const Partner *p = m_session->data().partner(m_selected);
    const bool editable = p && !m_session->isReadOnly();
    m_form->setEnabled(editable);
    m_remove->setEnabled(editable);
    const int index = p ? int(std::find_if(m_session->data().partners.cbegin(), m_session->data().partners.cend(),
                                           [&](const Partner &x) { return x.id == p->id; }) - m_session->data().partners.cbegin())
                        : -1;
    m_up->setEnabled(editable && index > 0);
    m_down->setEnabled(editable && index < m_session->data().partners.size() - 1);
    if (!p)
        return;
    m_updating = true;
    m_organisation->setFromModel(p->organisation);
    m_domain->setCurrentIndex(int(allDomains().indexOf(p->domain)));
    m_role->setCurrentIndex(p->role == PartnerRole::Core ? 0 : 1);
    m_contactName->setFromModel(p->contactName);
    m_contactEmail->setFromModel(p->contactEmail);
    m_contactPhone->setFromModel(p->contactPhone);
    m_signatoryName->setFromModel(p->signatory.name);
    m_signatoryFunction->setFromModel(p->signatory.function);
    m_mandate->setChecked(p->signatory.underMandateReservation);
    m_updating = false;
}

void PartnersPage::commit()
{
    if (m_updating)
        return;
    const Partner *current = m_session->data().partner(m_selected);
    if (!current)
        return;
    Partner p = *current;
    p.organisation = m_organisation->text().trimmed().isEmpty() ? current->organisation : m_organisation->text();
    p.domain = allDomains().value(m_domain->currentIndex(), PartnerDomain::Other);
    p.role = m_role->currentIndex() == 0 ? PartnerRole::Core : PartnerRole::Outer;
    p.contactName = m_contactName->text();
    p.contactEmail = m_contactEmail->text();
    p.contactPhone = m_contactPhone->text();
    p.signatory.name = m_signatoryName->text();
    p.signatory.function = m_signatoryFunction->text();
    p.signatory.underMandateReservation = m_mandate->isChecked();
    m_session->updatePartner(p);
}

bool PartnersPage::removeSelected()
{
    const Partner *p = m_session->data().partner(m_selected);
    if (!p)
        return false;
    const QStringList usage = m_session->partnerUsage(p->id);
    if (!usage.isEmpty()) {
        const QString question = tr("Remove %1?\n\nThis has consequences:\n• %2\n\nYou can undo this with Ctrl+Z.")
                                     .arg(p->organisation, usage.join(QStringLiteral("\n• ")));
        if (!Dialogs::confirm(this, tr("Remove partner"), question))
            return false;
    }
    const PartnerId id = p->id;
    return guarded(this, [&] { m_session->removePartner(id); });
}

void PartnersPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QWidget::showEvent(event);
}

} // namespace akkoord::gui
