#pragma once

namespace akkoord::gui {

// Creates the QApplication, reads the GUI options (FILE, --catalog, --lang,
// --quit-after-show), loads the catalogue and shows the main window.
int runApplication(int &argc, char **argv);

} // namespace akkoord::gui
