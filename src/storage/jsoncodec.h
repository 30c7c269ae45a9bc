#pragma once

// Single records as JSON, as kept in the history table: inside storage
// (historyversion.cpp decodes them for front ends), and for the benchmark
// generator and tests that write history themselves. Front ends use
// storage/exchange.h and storage/historyversion.h, free of nlohmann.

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
