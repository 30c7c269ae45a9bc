#pragma once

#include <QWidget>

class QListWidget;

namespace akkoord::gui {

// What the program shows with no trajectory open: start something new, open
// a file, a recent file, or the demo.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &files);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace akkoord::gui
