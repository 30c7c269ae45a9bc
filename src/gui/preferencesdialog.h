#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace akkoord::gui {

// Edit ▸ Preferences (form: ui/preferencesdialog.ui): the interface
// language, the text size on this screen, the projector's screen and the
// house template new trajectories start from.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Choices
    {
        QString language; // a language code; empty: follow the system
        int zoomPercent = 100;
        QString projectorScreen; // a screen name; empty: the last screen
        QString houseTemplate; // a template file; empty: the standard wording
    };

    explicit PreferencesDialog(const Choices &current, QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    Choices choices() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace akkoord::gui
