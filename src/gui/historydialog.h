#pragma once

#include "domain/trajectory.h"
#include "storage/historyversion.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace akkoord {
class TrajectorySession;
}

namespace akkoord::gui {

class HistoryModel;

// Every saved version of one answer or agreement, from the file's history;
// any of them can be restored (as a new, undoable edit).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(TrajectorySession *session, QString entity, QString key, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    static void showForAnswer(TrajectorySession *session, const QString &questionId, QWidget *parent);
    static void showForAgreement(TrajectorySession *session, RecordId id, QWidget *parent);

    int versionCount() const;
    QString versionText(int row) const;
    // Restores the version in `row` (newest first) and closes.
    void restore(int row);

private:
    void showVersion(int row);

    TrajectorySession *m_session;
    QString m_entity;
    QString m_key;
    QList<HistoryVersion> m_versions; // newest first, only versions with a value
    std::unique_ptr<Ui::HistoryDialog> m_ui; // form: ui/historydialog.ui
    HistoryModel *m_model = nullptr;
};

} // namespace akkoord::gui
