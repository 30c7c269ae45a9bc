#pragma once

#include "domain/covenanttext.h"
#include "domain/document.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QBuffer;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class CovenantWording;
class DebouncedLineEdit;
class OptionalDateEdit;

// The documents: what still stands between the trajectory and a covenant to
// sign (each item leads to the place to fix it), the covenant settings, the
// covenant's wording, a live preview rendered off the GUI thread, export to
// PDF and ODT, and printing.
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
    QList<CovenantGap> gapList() const { return m_gapList; }
    // Takes the user to the place to fix gap ROW of the list: on this page
    // (settings, articles, clauses) or through navigateToGap.
    void activateGap(int row);
    // Shows the covenant settings with the field for KEY ("signingDate",
    // "startDate", "governingBody", …) focused; false when there is none.
    bool focusSetting(const QString &key);
    // Shows the wording with the article or clause selected.
    bool showArticle(const QString &id);
    bool showClause(const QString &key);
    CovenantWording *wording() const { return m_wording; }

    enum Tab { GapsTab, SettingsTab, WordingTab };
    int currentTab() const;
    // Writes the current document to `path` (PDF or ODT by suffix); throws UserError.
    void exportTo(const QString &path) const;
    // Renders the preview now and waits for it (for tests and screenshots).
    void renderPreviewNow();
    int previewPageCount() const;

signals:
    // A gap whose place is elsewhere: a partner, an agreement, a dilemma.
    void navigateToGap(const akkoord::CovenantGap &gap);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void updateSettingsState();
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
    QTabWidget *m_tabs;
    QWidget *m_settingsBox;
    DebouncedLineEdit *m_shortTitle;
    QComboBox *m_entry;
    OptionalDateEdit *m_startDate;
    QLabel *m_startWarning;
    QSpinBox *m_duration;
    QComboBox *m_renewal;
    QSpinBox *m_renewalTimes;
    QSpinBox *m_renewalYears;
    QSpinBox *m_notice;
    DebouncedLineEdit *m_governingBody;
    DebouncedLineEdit *m_rhythm;
    QCheckBox *m_sharesData;
    DebouncedLineEdit *m_protocol;
    DebouncedLineEdit *m_place;
    OptionalDateEdit *m_signingDate;
    QList<QWidget *> m_renewalWidgets;
    QList<QWidget *> m_startWidgets;
    QList<QWidget *> m_protocolWidgets;
    CovenantWording *m_wording;
    QList<CovenantGap> m_gapList;
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
