#pragma once

// What the covenant's three source files share (covenanttext.cpp: the
// standard articles; covenantclauses.cpp: proposals from the dialogue;
// covenantgaps.cpp: what stands in the way of signing). Internal to
// src/domain; the public API is domain/covenanttext.h.

#include "domain/trajectory.h"

#include <QString>
#include <QStringList>

namespace akkoord::covenantdetail {

QString upperFirst(QString s);
// Lower-cases the first letter unless the word is an acronym ("GGD").
QString lowerFirst(QString s);
// Ends the text with one full stop (after dropping a trailing ; , or :).
QString withFullStop(QString s);
bool isMunicipality(const Partner &p);
bool isPublic(const Partner &p); // a public body, a municipality included
QString legalNameOf(const Partner &p); // the legal name, else the organisation
// The accepted text of a clause ("clause.<key>"); empty when not accepted.
QString accepted(const TrajectoryData &d, const QString &key);
QStringList acceptedWithPrefix(const TrajectoryData &d, const QString &prefix);
QString answerOf(const TrajectoryData &d, const QString &question);

} // namespace akkoord::covenantdetail
