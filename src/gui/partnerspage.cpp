#include "gui/partnerspage.h"
#include "ui_partnerform.h"

#include "domain/covenanttext.h"
#include "domain/language.h"
#include "gui/covenantwording.h"
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
#include <QToolButton>
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

    auto *box = new QWidget(this); // form: ui/partnerform.ui
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
    m_departmentWarning = form.partnerDepartmentWarning;
    m_departmentWarning->hide();
    m_legalName = form.partnerLegalName;
    m_legalForm = form.partnerLegalForm;
    for (LegalForm f : allLegalForms())
        m_legalForm->addItem(f == LegalForm::Unknown ? tr("(not given)") : legalFormLabel(f), int(f));
    m_seat = form.partnerSeat;
    m_address = form.partnerAddress;
    m_kvk = form.partnerKvk;
    m_basis = form.partnerBasis;
    // Combos as narrow as a column needs: the form has three columns.
    for (QComboBox *c : {m_domain, m_role, m_legalForm, m_basis}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    for (RepresentationBasis b : allRepresentationBases())
        m_basis->addItem(b == RepresentationBasis::Unknown ? tr("(not given)") : representationBasisLabel(b), int(b));
    m_basis->setToolTip(tr("On what basis the signatory represents the organisation: by law or the articles of association, by mandate, or by a power of attorney"));
    m_decisionDate = form.partnerDecisionDate;
    m_decisionDate->setToolTip(tr("The date of the mandate, the power of attorney or the college decision"));
    m_reservationDeadline = form.partnerReservationDeadline;
    m_reservationDeadline->setToolTip(tr("By when the board or council confirms the signature"));
    m_signatoryHint = form.signatoryHint;
    form.reservationDeadlineLabel->setEnabled(false);
    connect(m_mandate, &QCheckBox::toggled, form.reservationDeadlineLabel, &QWidget::setEnabled);
    connect(m_mandate, &QCheckBox::toggled, form.partnerReservationDeadlineClear, &QWidget::setEnabled);
    connect(m_mandate, &QCheckBox::toggled, m_reservationDeadline, &QWidget::setEnabled);
    m_reservationDeadline->setEnabled(false);
    form.partnerReservationDeadlineClear->setEnabled(false);
    connect(form.partnerDecisionDateClear, &QToolButton::clicked, this, [this] { m_decisionDate->setValue({}); });
    connect(form.partnerReservationDeadlineClear, &QToolButton::clicked, this, [this] { m_reservationDeadline->setValue({}); });
    layout->addWidget(box);

    for (DebouncedLineEdit *e : {m_organisation, m_contactName, m_contactEmail, m_contactPhone, m_signatoryName, m_signatoryFunction, m_legalName, m_seat, m_address, m_kvk})
        e->setCommit([this](const QString &) { commit(); });
    connect(m_legalForm, &QComboBox::currentIndexChanged, this, [this] { commit(); });
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] { commit(); });
    connect(m_decisionDate, &QDateEdit::dateChanged, this, [this] { commit(); });
    connect(m_reservationDeadline, &QDateEdit::dateChanged, this, [this] { commit(); });
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

void PartnersPage::focusField(const QString &key)
{
    const Partner *p = m_session->data().partner(m_selected);
    if (!p)
        return;
    QWidget *field = m_organisation;
    if (key == QLatin1String("legal")) {
        // The first identification field still empty.
        field = p->legalForm == LegalForm::Unknown ? static_cast<QWidget *>(m_legalForm)
                : p->seat.trimmed().isEmpty()      ? static_cast<QWidget *>(m_seat)
                : p->address.trimmed().isEmpty()   ? static_cast<QWidget *>(m_address)
                                                   : static_cast<QWidget *>(m_kvk);
    } else if (key == QLatin1String("signatory")) {
        field = p->signatory.underMandateReservation ? static_cast<QWidget *>(m_mandate) : static_cast<QWidget *>(m_signatoryName);
    } else if (key == QLatin1String("legalName")) {
        field = m_legalName;
    }
    field->setFocus(Qt::OtherFocusReason);
}

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
    m_legalName->setFromModel(p->legalName);
    m_legalName->setPlaceholderText(p->organisation);
    m_legalForm->setCurrentIndex(std::max(0, m_legalForm->findData(int(p->legalForm))));
    m_seat->setFromModel(p->seat);
    m_address->setFromModel(p->address);
    m_kvk->setFromModel(p->kvkNumber);
    m_basis->setCurrentIndex(std::max(0, m_basis->findData(int(p->signatory.basis))));
    m_decisionDate->setValue(p->signatory.decisionDate);
    m_reservationDeadline->setValue(p->signatory.reservationDeadline);
    showHints(*p);
    m_updating = false;
}

void PartnersPage::showHints(const Partner &p)
{
    const QString warning = departmentWarning(p, m_session->data(), Language::forLocale(QLocale()).code());
    m_departmentWarning->setText(warning);
    m_departmentWarning->setVisible(!warning.isEmpty());
    const bool municipality = p.legalForm == LegalForm::Municipality || (p.legalForm == LegalForm::Unknown && p.domain == PartnerDomain::Municipality);
    QString hint;
    if (municipality)
        hint = tr("A municipality is represented by its mayor (by law), or by a wethouder by mandate (art. 171 Gemeentewet): then give the date of the college decision.");
    else if (p.signatory.basis == RepresentationBasis::Mandate || p.signatory.basis == RepresentationBasis::PowerOfAttorney)
        hint = tr("Give the date of the mandate or power of attorney.");
    else if (p.signatory.underMandateReservation)
        hint = tr("A signature under mandate reservation is final only once it is confirmed; the covenant cannot be final before then.");
    m_signatoryHint->setText(hint);
    m_signatoryHint->setVisible(!hint.isEmpty());
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
    p.legalName = m_legalName->text();
    p.legalForm = LegalForm(m_legalForm->currentData().toInt());
    p.seat = m_seat->text();
    p.address = m_address->text();
    p.kvkNumber = m_kvk->text();
    p.signatory.basis = RepresentationBasis(m_basis->currentData().toInt());
    p.signatory.decisionDate = m_decisionDate->value();
    p.signatory.reservationDeadline = m_reservationDeadline->value();
    if (p == *current)
        return;
    m_session->updatePartner(p);
    showHints(p);
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
