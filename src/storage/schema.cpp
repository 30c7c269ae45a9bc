#include "storage/schema.h"

namespace akkoord::schema {

const std::vector<const char *> &migrations()
{
    static const std::vector<const char *> list{
        // 0 -> 1: the first schema.
        R"sql(
CREATE TABLE info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE partners (
    id                 INTEGER PRIMARY KEY,
    position           INTEGER NOT NULL DEFAULT 0,
    organisation       TEXT NOT NULL,
    domain             TEXT NOT NULL,
    role               TEXT NOT NULL CHECK (role IN ('core', 'outer')),
    contact_name       TEXT NOT NULL DEFAULT '',
    contact_email      TEXT NOT NULL DEFAULT '',
    contact_phone      TEXT NOT NULL DEFAULT '',
    signatory_name     TEXT NOT NULL DEFAULT '',
    signatory_function TEXT NOT NULL DEFAULT '',
    signatory_mandate  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE answers (
    question_id TEXT PRIMARY KEY,
    text        TEXT NOT NULL DEFAULT '',
    choices     TEXT NOT NULL DEFAULT '[]',
    status      TEXT NOT NULL DEFAULT 'open',
    updated_at  TEXT
) WITHOUT ROWID;

CREATE TABLE perspectives (
    question_id TEXT NOT NULL,
    partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    text        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT,
    PRIMARY KEY (question_id, partner_id)
) WITHOUT ROWID;

CREATE TABLE ratings (
    question_id TEXT NOT NULL,
    partner_id  INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (question_id, partner_id)
) WITHOUT ROWID;

CREATE TABLE ambitions (
    id              INTEGER PRIMARY KEY,
    position        INTEGER NOT NULL DEFAULT 0,
    title           TEXT NOT NULL DEFAULT '',
    intended_result TEXT NOT NULL DEFAULT ''
);

CREATE TABLE agreements (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL DEFAULT 0,
    building_block TEXT NOT NULL DEFAULT '',
    what           TEXT NOT NULL DEFAULT '',
    owner_id       INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    deadline       TEXT,
    means          TEXT NOT NULL DEFAULT '',
    indicator      TEXT NOT NULL DEFAULT '',
    target         TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'proposed'
);

CREATE TABLE agreement_contributors (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    partner_id   INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, partner_id)
) WITHOUT ROWID;

CREATE TABLE agreement_ambitions (
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    ambition_id  INTEGER NOT NULL REFERENCES ambitions(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, ambition_id)
) WITHOUT ROWID;

CREATE TABLE accountability (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL DEFAULT 0,
    about     TEXT NOT NULL DEFAULT '',
    to_whom   TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT '',
    form      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE evaluations (
    id          INTEGER PRIMARY KEY,
    date        TEXT,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sessions (
    id    INTEGER PRIMARY KEY,
    date  TEXT,
    place TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE session_attendees (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, partner_id)
) WITHOUT ROWID;

-- Append-only: rows are never updated or deleted, so any earlier text can
-- be restored.
CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    author    TEXT NOT NULL DEFAULT '',
    entity    TEXT NOT NULL,
    key       TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX history_by_key ON history(entity, key, id);
CREATE TRIGGER history_is_append_only_u BEFORE UPDATE ON history
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_is_append_only_d BEFORE DELETE ON history
    BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
)sql",
        // 1 -> 2: self-assessment rounds ("doorlichting").
        R"sql(
CREATE TABLE assessment_rounds (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    date TEXT
);

CREATE TABLE respondents (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES assessment_rounds(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    name       TEXT NOT NULL DEFAULT '',
    partner_id INTEGER REFERENCES partners(id) ON DELETE SET NULL,
    role       TEXT NOT NULL CHECK (role IN ('core', 'outer'))
);
CREATE INDEX respondents_by_round ON respondents(round_id, position);

CREATE TABLE assessment_scores (
    respondent_id INTEGER NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
    statement_id  TEXT NOT NULL,
    score         INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY (respondent_id, statement_id)
) WITHOUT ROWID;

CREATE TABLE assessment_comments (
    respondent_id  INTEGER NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
    building_block TEXT NOT NULL,
    text           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (respondent_id, building_block)
) WITHOUT ROWID;
)sql",
        // 2 -> 3: workshop mode: now versus desired, the dilemma register and
        // hidden (reveal) rounds.
        R"sql(
CREATE TABLE situation_ratings (
    building_block TEXT NOT NULL,
    partner_id     INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    now            INTEGER NOT NULL DEFAULT 0 CHECK (now BETWEEN 0 AND 5),
    desired        INTEGER NOT NULL DEFAULT 0 CHECK (desired BETWEEN 0 AND 5),
    PRIMARY KEY (building_block, partner_id)
) WITHOUT ROWID;

CREATE TABLE dilemmas (
    id             INTEGER PRIMARY KEY,
    position       INTEGER NOT NULL DEFAULT 0,
    catalog_id     TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    affects_others TEXT NOT NULL DEFAULT '',
    handling       TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'settled'))
);

CREATE TABLE dilemma_partners (
    dilemma_id INTEGER NOT NULL REFERENCES dilemmas(id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (dilemma_id, partner_id)
) WITHOUT ROWID;

CREATE TABLE dilemma_agreements (
    dilemma_id   INTEGER NOT NULL REFERENCES dilemmas(id) ON DELETE CASCADE,
    agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (dilemma_id, agreement_id)
) WITHOUT ROWID;

CREATE TABLE hidden_rounds (
    question_id TEXT PRIMARY KEY
) WITHOUT ROWID;
)sql",
        // 3 -> 4: a covenant a municipality can sign: the parties' legal
        // identification and representation, and the covenant's own wording.
        R"sql(
ALTER TABLE partners ADD COLUMN legal_name TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN legal_form TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE partners ADD COLUMN seat TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN kvk_number TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN signatory_basis TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE partners ADD COLUMN signatory_decision_date TEXT NOT NULL DEFAULT '';
ALTER TABLE partners ADD COLUMN signatory_reservation_deadline TEXT NOT NULL DEFAULT '';

CREATE TABLE covenant_texts (
    key     TEXT PRIMARY KEY,
    text    TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
) WITHOUT ROWID;
)sql",
    };
    return list;
}

} // namespace akkoord::schema
