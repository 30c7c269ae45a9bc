#include "gui/documentspage.h"
#include "ui_covenantsettings.h"

#include "domain/error.h"
#include "gui/debounced.h"
#include "gui/dialogs.h"
#include "session/session.h"
#include "gui/zoom.h"
#include "report/pdfrenderer.h"
#include "report/reportwriter.h"

#include <QBuffer>
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
#include <QSpinBox>
#include <QSplitter>
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

    auto *settings = new QGroupBox(left); // form: ui/covenantsettings.ui
    Ui::CovenantSettings form;
    form.setupUi(settings);
    m_shortTitle = form.covenantShortTitle;
    m_startDate = form.covenantStart;
    m_duration = form.covenantDuration;
    m_rhythm = form.covenantRhythm;
    m_place = form.covenantPlace;
    m_signingDate = form.covenantSigningDate;
    settings->setEnabled(!session->isReadOnly());
    v->addWidget(settings);

    m_gapsTitle = new QLabel(left);
    m_gapsTitle->setWordWrap(true);
    v->addWidget(m_gapsTitle);
    m_gaps = new QListWidget(left);
    m_gaps->setObjectName(QStringLiteral("covenantGaps"));
    m_gaps->setWordWrap(true);
    v->addWidget(m_gaps, 1);
    m_fingerprint = new QLabel(left);
    m_fingerprint->setObjectName(QStringLiteral("documentFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({420, 640});

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
    for (DebouncedLineEdit *e : {m_shortTitle, m_rhythm, m_place})
        e->setCommit([this](const QString &) { commitSettings(); });
    connect(m_startDate, &QDateEdit::dateChanged, this, &DocumentsPage::commitSettings);
    connect(m_signingDate, &QDateEdit::dateChanged, this, &DocumentsPage::commitSettings);
    connect(m_duration, &QSpinBox::valueChanged, this, &DocumentsPage::commitSettings);
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
    m_startDate->setDate(i.startDate.isValid() ? i.startDate : QDate(QDate::currentDate().year() + 1, 1, 1));
    m_duration->setValue(i.durationYears > 0 ? i.durationYears : 4);
    m_rhythm->setFromModel(i.evaluationRhythm);
    m_place->setFromModel(i.signingPlace);
    m_signingDate->setDate(i.signingDate.isValid() ? i.signingDate : QDate::currentDate());
    m_updating = false;

    const bool covenant = Kind(m_kind->currentIndex()) == Kind::Covenant;
    m_gaps->setVisible(covenant);
    m_gapsTitle->setVisible(covenant);
    m_gaps->clear();
    const QStringList missing = gaps();
    for (const QString &gap : missing)
        m_gaps->addItem(QStringLiteral("• ") + gap);
    m_gapsTitle->setText(missing.isEmpty() ? tr("The covenant is complete: all partners and agreements, and the arrangements for its term and evaluation, are filled in.")
                                           : tr("Still missing for a complete covenant (you can make a draft in the meantime):"));
    m_gapsTitle->setStyleSheet(missing.isEmpty() ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_fingerprint->setText(tr("Content fingerprint: %1").arg(currentFingerprint()));
    m_dirty = true;
}

void DocumentsPage::commitSettings()
{
    if (m_updating)
        return;
    TrajectoryInfo i = m_session->data().info;
    i.shortTitle = m_shortTitle->text();
    i.startDate = m_startDate->date();
    i.durationYears = m_duration->value();
    i.evaluationRhythm = m_rhythm->text();
    i.signingPlace = m_place->text();
    i.signingDate = m_signingDate->date();
    m_session->setInfo(i, tr("Change covenant details"));
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
