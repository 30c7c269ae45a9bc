#pragma once

#include <vector>

namespace akkoord::schema {

// Ordered forward migrations: entry i takes a file from user_version i to
// i + 1. Never edit a shipped entry; append a new one.
const std::vector<const char *> &migrations();

} // namespace akkoord::schema
