#pragma once

#include "domain/catalog.h"
#include "domain/trajectory.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;

namespace akkoord {
class TrajectoryFile;
}

namespace akkoord::gui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Catalog catalog, QString language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a trajectory; throws UserError with a sentence for the user.
    void openFile(const QString &path);

private:
    void refresh();

    Catalog m_catalog;
    QString m_language;
    std::unique_ptr<TrajectoryFile> m_file;
    TrajectoryData m_data;
    QLabel *m_title = nullptr;
    QListWidget *m_partners = nullptr;
    QListWidget *m_phases = nullptr;
};

} // namespace akkoord::gui
