#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace akkoord::gui {

// Help ▸ About (form: ui/aboutdialog.ui): what Akkoord is, its version, the
// catalogue's version and the licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &catalogVersion, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace akkoord::gui
