#pragma once

#include <QString>

#include <stdexcept>

namespace akkoord {

// An error a user can cause (bad file, no permission, malformed import).
// The message is one finished sentence, already translated, meant for the
// user; layers above show it, they never rewrite it.
class UserError : public std::runtime_error
{
public:
    explicit UserError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString &message() const noexcept { return m_message; }

private:
    QString m_message;
};

} // namespace akkoord
