#include "gui/documentspage.h"
#include "ui_covenantsettings.h"

#include "domain/error.h"
#include "gui/covenantwording.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "session/session.h"
#include "gui/zoom.h"
#include "report/pdfrenderer.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace akkoord::gui {

DocumentsPage::DocumentsPage(TrajectorySession *session, QString language, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_language(std::move(language))
{
    setObjectName(QStringLiteral("documentsPage"));
    auto *outer = new QHBoxLayout(this);
    auto *split = new QSplitter(this);
    outer->addWidget(split);

    auto *left = new QWidget(split);
    auto *v = new QVBoxLayout(left);
    auto *title = new QLabel(tr("Documents"), left);
    zoom::setRelativeFont(title, 1.6, true);
    v->addWidget(title);

    auto *kindForm = new QFormLayout;
    m_kind = new QComboBox(left);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_kind->addItems({tr("Covenant"), tr("Session report"), tr("Self-assessment questionnaire (blank)")});
    m_draft = new QComboBox(left);
    m_draft->setObjectName(QStringLiteral("documentDraft"));
    m_draft->addItems({tr("Draft while anything is missing"), tr("Always draft"), tr("Final")});
    kindForm->addRow(tr("&Document"), m_kind);
    kindForm->addRow(tr("&Version"), m_draft);
    v->addLayout(kindForm);

    m_tabs = new QTabWidget(left);
    m_tabs->setObjectName(QStringLiteral("documentTabs"));
    m_tabs->setDocumentMode(true);
    v->addWidget(m_tabs, 1);

    // What still stands in the way, each item leading to where to fix it.
    auto *gapsTab = new QWidget(m_tabs);
    auto *gv = new QVBoxLayout(gapsTab);
    m_gapsTitle = new QLabel(gapsTab);
    m_gapsTitle->setObjectName(QStringLiteral("covenantGapsTitle"));
    m_gapsTitle->setWordWrap(true);
    gv->addWidget(m_gapsTitle);
    m_gaps = new QListWidget(gapsTab);
    m_gaps->setObjectName(QStringLiteral("covenantGaps"));
    m_gaps->setWordWrap(true);
    m_gaps->setAccessibleName(tr("Still missing for a covenant to sign"));
    m_gaps->setToolTip(tr("Double-click an item, or press Enter, to go to the place to fix it"));
    gv->addWidget(m_gaps, 1);
    gv->addStretch(0); // keeps the sentence at the top when the list is empty
    m_tabs->addTab(gapsTab, tr("Still missing"));

    auto *scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("covenantSettingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *settings = new QGroupBox; // form: ui/covenantsettings.ui
    Ui::CovenantSettings form;
    form.setupUi(settings);
    settings->setFlat(true);
    settings->setTitle(QString());
    m_settingsBox = settings;
    m_shortTitle = form.covenantShortTitle;
    m_entry = form.covenantEntryIntoForce;
    for (EntryIntoForce e : allEntryIntoForce())
        m_entry->addItem(entryIntoForceLabel(e), int(e));
    m_startDate = form.covenantStart;
    m_startWarning = form.covenantStartWarning;
    m_startWarning->hide();
    m_duration = form.covenantDuration;
    m_renewal = form.covenantRenewal;
    for (Renewal r : allRenewals())
        m_renewal->addItem(renewalLabel(r), int(r));
    m_renewalTimes = form.covenantRenewalTimes;
    m_renewalYears = form.covenantRenewalYears;
    m_notice = form.covenantNotice;
    m_governingBody = form.covenantGoverningBody;
    m_rhythm = form.covenantRhythm;
    m_sharesData = form.covenantSharesData;
    m_protocol = form.covenantDataProtocol;
    m_place = form.covenantPlace;
    m_signingDate = form.covenantSigningDate;
    for (QComboBox *c : {m_entry, m_renewal}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    m_startWidgets = {form.startLabel, m_startDate};
    m_renewalWidgets = {form.renewalTimesLabel, m_renewalTimes, form.renewalForLabel, m_renewalYears};
    m_protocolWidgets = {form.protocolLabel, m_protocol};
    settings->setEnabled(!session->isReadOnly());
    scroll->setWidget(settings);
    m_tabs->addTab(scroll, tr("Details"));

    m_wording = new CovenantWording(session, m_language, m_tabs);
    m_tabs->addTab(m_wording, tr("Wording"));

    m_fingerprint = new QLabel(left);
    m_fingerprint->setObjectName(QStringLiteral("documentFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setStyleSheet(QStringLiteral("color: #6b7682;"));
    v->addWidget(m_fingerprint);
    auto *buttons = new QHBoxLayout;
    auto *pdf = new QPushButton(tr("Export as &PDF…"), left);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    auto *odt = new QPushButton(tr("Export as &ODT…"), left);
    odt->setObjectName(QStringLiteral("exportOdt"));
    auto *printButton = new QPushButton(tr("P&rint…"), left);
    buttons->addWidget(pdf);
    buttons->addWidget(odt);
    buttons->addWidget(printButton);
    v->addLayout(buttons);

    auto *right = new QWidget(split);
    auto *rv = new QVBoxLayout(right);
    m_previewState = new QLabel(right);
    m_previewState->setObjectName(QStringLiteral("previewState"));
    rv->addWidget(m_previewState);
    m_pdf = new QPdfDocument(this);
    m_buffer = new QBuffer(this);
    m_view = new QPdfView(right);
    m_view->setObjectName(QStringLiteral("documentPreview"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_pdf);
    rv->addWidget(m_view, 1);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({520, 520});

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(700);
    connect(&m_debounce, &QTimer::timeout, this, &DocumentsPage::startPreview);
    connect(&m_render, &QFutureWatcher<Rendered>::finished, this, &DocumentsPage::previewReady);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        schedulePreview();
    });
    connect(m_draft, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        schedulePreview();
    });
    for (DebouncedLineEdit *e : {m_shortTitle, m_rhythm, m_place, m_governingBody, m_protocol})
        e->setCommit([this](const QString &) { commitSettings(); });
    for (QDateEdit *e : {static_cast<QDateEdit *>(m_startDate), static_cast<QDateEdit *>(m_signingDate)})
        connect(e, &QDateEdit::dateChanged, this, &DocumentsPage::commitSettings);
    for (QSpinBox *e : {m_duration, m_renewalTimes, m_renewalYears, m_notice})
        connect(e, &QSpinBox::valueChanged, this, &DocumentsPage::commitSettings);
    for (QComboBox *e : {m_entry, m_renewal})
        connect(e, &QComboBox::currentIndexChanged, this, &DocumentsPage::commitSettings);
    connect(m_sharesData, &QCheckBox::toggled, this, &DocumentsPage::commitSettings);
    connect(m_gaps, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { activateGap(m_gaps->row(item)); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral(".pdf")); });
    connect(odt, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral(".odt")); });
    connect(printButton, &QPushButton::clicked, this, &DocumentsPage::print);
    connect(session, &TrajectorySession::changed, this, [this] {
        // Building a covenant costs milliseconds: only while the page is seen.
        if (!isVisible()) {
            m_stale = true;
            return;
        }
        refresh();
        schedulePreview();
    });
    refresh();
}

DocumentsPage::~DocumentsPage() { m_render.waitForFinished(); }

void DocumentsPage::setKind(Kind kind) { m_kind->setCurrentIndex(int(kind)); }

Document DocumentsPage::currentDocument() const
{
    DocumentOptions options;
    options.language = m_language;
    options.draft = m_draft->currentIndex() == 1 ? DocumentOptions::Draft::Draft
                    : m_draft->currentIndex() == 2 ? DocumentOptions::Draft::Final
                                                   : DocumentOptions::Draft::Auto;
    switch (Kind(m_kind->currentIndex())) {
    case Kind::SessionReport:
        return buildSessionReport(m_session->data(), m_session->catalog(), options);
    case Kind::Questionnaire:
        return buildQuestionnaire(m_session->data(), m_session->catalog(), options);
    case Kind::Covenant:
        break;
    }
    return buildCovenant(m_session->data(), m_session->catalog(), options);
}

QString DocumentsPage::currentFingerprint() const { return fingerprint(currentDocument()); }

QStringList DocumentsPage::gaps() const { return covenantGaps(m_session->data(), m_session->catalog(), m_language); }

void DocumentsPage::refresh()
{
    const TrajectoryInfo &i = m_session->data().info;
    m_updating = true;
    m_shortTitle->setFromModel(i.shortTitle);
    m_entry->setCurrentIndex(std::max(0, m_entry->findData(int(i.entryIntoForce))));
    m_startDate->setValue(i.startDate);
    m_duration->setValue(i.durationYears > 0 ? i.durationYears : 4);
    m_renewal->setCurrentIndex(std::max(0, m_renewal->findData(int(i.renewal))));
    m_renewalTimes->setValue(i.renewalTimes);
    m_renewalYears->setValue(i.renewalYears);
    m_notice->setValue(i.noticeMonths);
    m_governingBody->setFromModel(i.governingBody);
    m_rhythm->setFromModel(i.evaluationRhythm);
    m_sharesData->setChecked(i.sharesPersonalData);
    m_protocol->setFromModel(i.dataProtocol);
    m_place->setFromModel(i.signingPlace);
    m_signingDate->setValue(i.signingDate);
    m_updating = false;
    updateSettingsState();

    const bool covenant = Kind(m_kind->currentIndex()) == Kind::Covenant;
    m_tabs->setTabEnabled(GapsTab, covenant);
    m_tabs->setTabEnabled(WordingTab, covenant);
    if (!covenant && m_tabs->currentIndex() != SettingsTab)
        m_tabs->setCurrentIndex(SettingsTab);
    const int row = m_gaps->currentRow();
    m_gaps->clear();
    m_gapList = covenant ? covenantGapList(m_session->data(), m_session->catalog(), m_language) : QList<CovenantGap>{};
    for (const CovenantGap &gap : m_gapList) {
        auto *item = new QListWidgetItem(QStringLiteral("• ") + gap.text, m_gaps);
        item->setToolTip(tr("Double-click or press Enter to go there"));
    }
    if (row >= 0 && row < m_gaps->count())
        m_gaps->setCurrentRow(row);
    m_gaps->setVisible(!m_gapList.isEmpty());
    m_tabs->setTabText(GapsTab, m_gapList.isEmpty() ? tr("Ready to sign") : tr("Still missing (%1)").arg(m_gapList.size()));
    m_gapsTitle->setText(m_gapList.isEmpty() ? tr("Nothing stands in the way of a covenant to sign: the parties, their representation, the agreements and the arrangements for its term are all in order.")
                                             : tr("Still standing in the way of a covenant to sign (you can make a draft in the meantime). Double-click an item to go to the place to fix it."));
    m_gapsTitle->setStyleSheet(m_gapList.isEmpty() ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_fingerprint->setText(tr("Content reference: %1").arg(currentFingerprint()));
    m_dirty = true;
}

void DocumentsPage::updateSettingsState()
{
    const auto entry = EntryIntoForce(m_entry->currentData().toInt());
    const bool chosenDate = entry != EntryIntoForce::LastSignature;
    for (QWidget *w : m_startWidgets)
        w->setEnabled(chosenDate);
    const bool tacit = Renewal(m_renewal->currentData().toInt()) == Renewal::Tacit;
    for (QWidget *w : m_renewalWidgets)
        w->setEnabled(tacit);
    for (QWidget *w : m_protocolWidgets)
        w->setEnabled(m_sharesData->isChecked());
    const QDate start = m_startDate->value();
    const QDate signing = m_signingDate->value();
    const bool early = entry == EntryIntoForce::OnDate && start.isValid() && signing.isValid() && start < signing;
    m_startWarning->setText(early ? tr("This date lies before the date of signing: a covenant cannot enter into force before it is signed. Choose a later date, or \"%1\" if that is what the parties intend.")
                                        .arg(entryIntoForceLabel(EntryIntoForce::Retroactive))
                                  : QString());
    m_startWarning->setVisible(early);
}

void DocumentsPage::commitSettings()
{
    updateSettingsState();
    if (m_updating)
        return;
    TrajectoryInfo i = m_session->data().info;
    i.shortTitle = m_shortTitle->text();
    i.entryIntoForce = EntryIntoForce(m_entry->currentData().toInt());
    i.startDate = m_startDate->value();
    i.durationYears = m_duration->value();
    i.renewal = Renewal(m_renewal->currentData().toInt());
    i.renewalTimes = m_renewalTimes->value();
    i.renewalYears = m_renewalYears->value();
    i.noticeMonths = m_notice->value();
    i.governingBody = m_governingBody->text();
    i.evaluationRhythm = m_rhythm->text();
    i.sharesPersonalData = m_sharesData->isChecked();
    i.dataProtocol = m_protocol->text();
    i.signingPlace = m_place->text();
    i.signingDate = m_signingDate->value();
    if (i == m_session->data().info)
        return;
    guarded(this, [&] { m_session->setInfo(i, tr("Change covenant details")); });
}

int DocumentsPage::currentTab() const { return m_tabs->currentIndex(); }

bool DocumentsPage::focusSetting(const QString &key)
{
    const QHash<QString, QWidget *> fields{
        {QStringLiteral("shortTitle"), m_shortTitle},
        {QStringLiteral("entryIntoForce"), m_entry},
        {QStringLiteral("startDate"), m_startDate},
        {QStringLiteral("durationYears"), m_duration},
        {QStringLiteral("renewal"), m_renewal},
        {QStringLiteral("renewalTimes"), m_renewalTimes},
        {QStringLiteral("renewalYears"), m_renewalYears},
        {QStringLiteral("noticeMonths"), m_notice},
        {QStringLiteral("governingBody"), m_governingBody},
        {QStringLiteral("evaluationRhythm"), m_rhythm},
        {QStringLiteral("evaluation"), m_rhythm},
        {QStringLiteral("sharesPersonalData"), m_sharesData},
        {QStringLiteral("dataProtocol"), m_protocol},
        {QStringLiteral("signingPlace"), m_place},
        {QStringLiteral("signingDate"), m_signingDate},
    };
    QWidget *field = fields.value(key);
    if (!field)
        return false;
    m_tabs->setCurrentIndex(SettingsTab);
    // A field that is off until something else is chosen: focus what turns it on.
    if (!field->isEnabled()) {
        if (m_startWidgets.contains(field))
            field = m_entry;
        else if (m_renewalWidgets.contains(field))
            field = m_renewal;
        else if (m_protocolWidgets.contains(field))
            field = m_sharesData;
    }
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("covenantSettingsScroll")))
        scroll->ensureWidgetVisible(field);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DocumentsPage::showArticle(const QString &id)
{
    m_tabs->setCurrentIndex(WordingTab);
    return m_wording->selectArticle(id);
}

bool DocumentsPage::showClause(const QString &key)
{
    m_tabs->setCurrentIndex(WordingTab);
    return m_wording->selectClause(key);
}

void DocumentsPage::activateGap(int row)
{
    if (row < 0 || row >= m_gapList.size())
        return;
    const CovenantGap gap = m_gapList[row];
    switch (gap.where) {
    case CovenantGap::Where::Settings:
        if (focusSetting(gap.key))
            return;
        break;
    case CovenantGap::Where::Trajectory:
        if (focusSetting(gap.key))
            return;
        break;
    case CovenantGap::Where::Article:
        showArticle(gap.key);
        return;
    case CovenantGap::Where::Clause:
        showClause(gap.key);
        return;
    case CovenantGap::Where::Partner:
    case CovenantGap::Where::Agreement:
    case CovenantGap::Where::Dilemma:
        break;
    }
    emit navigateToGap(gap);
}

void DocumentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    if (m_dirty)
        schedulePreview();
}

void DocumentsPage::schedulePreview()
{
    m_dirty = true;
    if (isVisible())
        m_debounce.start();
}

void DocumentsPage::startPreview()
{
    if (m_render.isRunning()) {
        m_debounce.start(); // try again when this render is done
        return;
    }
    m_dirty = false;
    m_previewState->setText(tr("Updating preview…"));
    // The document model is built here (cheap); the layout and painting run
    // on a worker thread so the window stays responsive.
    const Document doc = currentDocument();
    m_render.setFuture(QtConcurrent::run([doc] {
        try {
            return Rendered{report::renderPdf(doc), {}};
        } catch (const UserError &e) {
            return Rendered{{}, e.message()};
        }
    }));
}

void DocumentsPage::previewReady()
{
    const Rendered rendered = m_render.result();
    m_pdfBytes = rendered.pdf;
    m_pdf->close();
    m_buffer->close();
    m_buffer->setData(m_pdfBytes);
    m_buffer->open(QIODevice::ReadOnly);
    if (!m_pdfBytes.isEmpty())
        m_pdf->load(m_buffer);
    m_previewState->setText(rendered.problem.isEmpty() ? tr("Preview: %n pages", nullptr, m_pdf->pageCount()) : rendered.problem);
    if (m_dirty)
        m_debounce.start();
}

void DocumentsPage::renderPreviewNow()
{
    m_debounce.stop();
    startPreview();
    m_render.waitForFinished();
    previewReady();
}

int DocumentsPage::previewPageCount() const { return m_pdf->pageCount(); }

void DocumentsPage::exportTo(const QString &path) const { report::writeDocument(currentDocument(), path); }

void DocumentsPage::exportWithDialog(const QString &suffix)
{
    PendingEdits::instance().flushAll();
    QString base = m_session->data().info.shortTitle.isEmpty() ? m_session->data().info.title : m_session->data().info.shortTitle;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString kind = m_kind->currentIndex() == 0 ? tr("covenant") : m_kind->currentIndex() == 1 ? tr("session-report") : tr("questionnaire");
    const QString suggested = QFileInfo(m_session->path()).absoluteDir().filePath(QStringLiteral("%1 - %2%3").arg(base, kind, suffix));
    QString path = Dialogs::saveFileName(this, tr("Export document"), suggested,
                                         suffix == QLatin1String(".pdf") ? tr("PDF (*.pdf)") : tr("OpenDocument Text (*.odt)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (guarded(this, [&] { exportTo(path); }))
        m_previewState->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
}

void DocumentsPage::print()
{
    renderPreviewNow();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_session->data().info.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = painter.viewport();
    const int first = std::max(0, printer.fromPage() - 1);
    const int last = printer.toPage() > 0 ? std::min(m_pdf->pageCount(), printer.toPage()) : m_pdf->pageCount();
    for (int i = first; i < last; ++i) {
        if (i > first)
            printer.newPage();
        const QImage image = m_pdf->render(i, page.size());
        painter.drawImage(page, image);
    }
}

} // namespace akkoord::gui
