#pragma once

#include <QString>

namespace akkoord::gui {

class MainWindow;

// Saves a PNG of the welcome page or of every page of the open trajectory
// (partners, each phase at a telling question) into `dir`, for the README
// and for looking at the program as a user would. Returns the failures.
int saveScreenshots(MainWindow &window, const QString &dir);

} // namespace akkoord::gui
