#include "storage/historyversion.h"

#include "domain/error.h"
#include "storage/jsoncodec.h"

namespace akkoord {

HistoryVersion decodeVersion(const HistoryEntry &entry)
{
    HistoryVersion v{.entry = entry};
    if (entry.newValue.isEmpty())
        return v;
    const auto json = nlohmann::json::parse(entry.newValue.toStdString(), nullptr, false);
    if (json.is_discarded())
        return v;
    try {
        if (entry.entity == QLatin1String("answer"))
            v.answer = answerFromJson(json);
        else if (entry.entity == QLatin1String("perspective"))
            v.perspective = perspectiveFromJson(json);
        else if (entry.entity == QLatin1String("agreement"))
            v.agreement = agreementFromJson(json);
    } catch (const UserError &) {
        // Unreadable: shown as saved, never restored.
    }
    return v;
}

} // namespace akkoord
