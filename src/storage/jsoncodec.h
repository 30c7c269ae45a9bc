#pragma once

// Single records as JSON, as kept in the history table. Typed with
// nlohmann/json because the history dialog and the benchmark generator
// parse and dump these values themselves; everything else about the
// exchange format is in storage/exchange.h, free of nlohmann.

#include "storage/exchange.h"

#include <nlohmann/json.hpp>

namespace akkoord {

nlohmann::ordered_json answerToJson(const Answer &a);
nlohmann::ordered_json perspectiveToJson(const Perspective &p);
nlohmann::ordered_json ratingToJson(const Rating &r);
nlohmann::ordered_json agreementToJson(const Agreement &a);
// Throw UserError naming the JSON path of the first problem.
Answer answerFromJson(const nlohmann::json &j);
Perspective perspectiveFromJson(const nlohmann::json &j);
Agreement agreementFromJson(const nlohmann::json &j);

} // namespace akkoord
