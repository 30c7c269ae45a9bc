#pragma once

#include "domain/document.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QBuffer;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QSpinBox;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class DebouncedLineEdit;

// The documents: covenant settings, a completeness check, a live preview
// rendered off the GUI thread, export to PDF and ODT, and printing.
class DocumentsPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Covenant, SessionReport, Questionnaire };

    DocumentsPage(TrajectorySession *session, QString language, QWidget *parent = nullptr);
    ~DocumentsPage() override;

    void setKind(Kind kind);
    Document currentDocument() const;
    QString currentFingerprint() const;
    QStringList gaps() const;
    // Writes the current document to `path` (PDF or ODT by suffix); throws UserError.
    void exportTo(const QString &path) const;
    // Renders the preview now and waits for it (for tests and screenshots).
    void renderPreviewNow();
    int previewPageCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void commitSettings();
    void schedulePreview();
    void startPreview();
    void previewReady();
    void exportWithDialog(const QString &suffix);
    void print();

    TrajectorySession *m_session;
    QString m_language;
    QComboBox *m_kind;
    QComboBox *m_draft;
    DebouncedLineEdit *m_shortTitle;
    QDateEdit *m_startDate;
    QSpinBox *m_duration;
    DebouncedLineEdit *m_rhythm;
    DebouncedLineEdit *m_place;
    QDateEdit *m_signingDate;
    QListWidget *m_gaps;
    QLabel *m_gapsTitle;
    QLabel *m_fingerprint;
    QLabel *m_previewState;
    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QBuffer *m_buffer;
    QByteArray m_pdfBytes;
    // The preview's PDF, or the one sentence saying why it cannot be made.
    struct Rendered
    {
        QByteArray pdf;
        QString problem;
    };
    QFutureWatcher<Rendered> m_render;
    QTimer m_debounce;
    bool m_dirty = true;
    bool m_stale = false;
    bool m_updating = false;
};

} // namespace akkoord::gui
