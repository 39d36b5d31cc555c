-- Sổ tay 06 ward file, schema version 1.
-- Dates are ISO text (yyyy-mm-dd); timestamps ISO with time. Codes are the integers of
-- core/model/Enums.h. *_key columns are derived by core (fold / collation / natural keys)
-- so SQLite can search and sort Vietnamese text with plain indexes.

CREATE TABLE ward (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT NOT NULL,
    unit          TEXT NOT NULL DEFAULT '',
    province      TEXT NOT NULL DEFAULT '',
    upper_unit    TEXT NOT NULL DEFAULT '',
    signer_name   TEXT NOT NULL DEFAULT '',
    signer_title  TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE res_group (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    sort_key   TEXT NOT NULL,
    created_on TEXT NOT NULL
);

CREATE TABLE household (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    group_id     INTEGER NOT NULL REFERENCES res_group(id),
    address      TEXT NOT NULL DEFAULT '',
    house_number TEXT NOT NULL DEFAULT '',
    lane         TEXT NOT NULL DEFAULT '',
    street       TEXT NOT NULL DEFAULT '',
    address_key  TEXT NOT NULL DEFAULT '',  -- natural order of the whole address
    walk_key     TEXT NOT NULL DEFAULT '',  -- street, lane, house number: walking order
    head_name    TEXT NOT NULL DEFAULT '',
    device       INTEGER NOT NULL DEFAULT 0 -- DeviceSurvey
);
CREATE INDEX household_group ON household(group_id, walk_key);

CREATE TABLE team (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    leader_name TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE team_member (
    id      INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    role    INTEGER NOT NULL DEFAULT 6,     -- MemberRole
    phone   TEXT NOT NULL DEFAULT ''
);

-- A team is responsible for a whole group, or for single households.
CREATE TABLE assignment (
    id           INTEGER PRIMARY KEY,
    team_id      INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    group_id     INTEGER REFERENCES res_group(id) ON DELETE CASCADE,
    household_id INTEGER REFERENCES household(id) ON DELETE CASCADE,
    CHECK ((group_id IS NULL) <> (household_id IS NULL))
);
CREATE UNIQUE INDEX assignment_household ON assignment(household_id) WHERE household_id IS NOT NULL;
CREATE INDEX assignment_group ON assignment(group_id);

CREATE TABLE resident (
    id              INTEGER PRIMARY KEY,
    household_id    INTEGER NOT NULL REFERENCES household(id),
    full_name       TEXT NOT NULL,
    family_name     TEXT NOT NULL DEFAULT '',
    middle_name     TEXT NOT NULL DEFAULT '',
    given_name      TEXT NOT NULL DEFAULT '',
    search_key      TEXT NOT NULL DEFAULT '',  -- Text::fold of name, for diacritic-free search
    sort_key        TEXT NOT NULL DEFAULT '',  -- PersonName::sortKey
    birth_date      TEXT NOT NULL,             -- yyyy-mm-dd, or yyyy when only the year is known
    birth_eff       TEXT NOT NULL,             -- the day age counts from (1 January for a year)
    gender          INTEGER NOT NULL DEFAULT 0,
    id_number       TEXT,                      -- NULL when none
    phone           TEXT NOT NULL DEFAULT '',
    relation        TEXT NOT NULL DEFAULT '',
    residence       INTEGER NOT NULL DEFAULT 0,
    id_card         INTEGER NOT NULL DEFAULT 0,
    smartphone      INTEGER NOT NULL DEFAULT 0,
    known_since     TEXT NOT NULL,             -- the day the ward learned of the resident
    -- Current state, a cache of the latest events below, kept by core in the same
    -- transaction as the events so screens need no history scan.
    l1_status       INTEGER NOT NULL DEFAULT 0,
    l1_date         TEXT,
    l2_status       INTEGER NOT NULL DEFAULT 0,
    l2_date         TEXT,
    exclusion       INTEGER NOT NULL DEFAULT 0,
    excluded_on     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX resident_id_number ON resident(id_number) WHERE id_number IS NOT NULL;
CREATE INDEX resident_household ON resident(household_id);
CREATE INDEX resident_sort ON resident(sort_key);
CREATE INDEX resident_search ON resident(search_key);
-- Search by digits of an ID number or phone (ResidentQuery): a trigram index over both,
-- its text read from resident itself, kept in step by these triggers.
CREATE VIRTUAL TABLE resident_digits USING fts5(id_number, phone, content='resident',
    content_rowid='id', tokenize='trigram', detail='none');
CREATE TRIGGER resident_digits_insert AFTER INSERT ON resident BEGIN
    INSERT INTO resident_digits(rowid, id_number, phone) VALUES (new.id, new.id_number, new.phone);
END;
CREATE TRIGGER resident_digits_delete AFTER DELETE ON resident BEGIN
    INSERT INTO resident_digits(resident_digits, rowid, id_number, phone)
        VALUES ('delete', old.id, old.id_number, old.phone);
END;
CREATE TRIGGER resident_digits_update AFTER UPDATE OF id_number, phone ON resident BEGIN
    INSERT INTO resident_digits(resident_digits, rowid, id_number, phone)
        VALUES ('delete', old.id, old.id_number, old.phone);
    INSERT INTO resident_digits(rowid, id_number, phone) VALUES (new.id, new.id_number, new.phone);
END;

-- Account status history per level; the latest event (by date, then id) is the status.
CREATE TABLE status_event (
    id            INTEGER PRIMARY KEY,
    resident_id   INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
    level         INTEGER NOT NULL CHECK (level IN (1, 2)),
    status        INTEGER NOT NULL CHECK (status BETWEEN 0 AND 3),
    date          TEXT NOT NULL,
    source        TEXT NOT NULL,               -- 'manual' or the import file's name
    recorded_by   TEXT NOT NULL DEFAULT '',
    recorded_at   TEXT NOT NULL,
    team_id       INTEGER REFERENCES team(id) ON DELETE SET NULL,
    is_correction INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX status_event_resident ON status_event(resident_id, level, date);

-- Exclusion history: reason 0 lifts an earlier exclusion.
CREATE TABLE exclusion_event (
    id          INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
    reason      INTEGER NOT NULL CHECK (reason BETWEEN 0 AND 6),
    date        TEXT NOT NULL,
    source      TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX exclusion_event_resident ON exclusion_event(resident_id, date);

CREATE TABLE campaign (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    start_date TEXT NOT NULL,
    deadline   TEXT
);

-- Phases: e.g. 50 % of the approved-not-activated activated by one date, 100 % by the next.
CREATE TABLE campaign_phase (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    name        TEXT NOT NULL DEFAULT '',
    percent     INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100),
    base        INTEGER NOT NULL DEFAULT 0,  -- 0 eligible residents, 1 approved not activated
    deadline    TEXT NOT NULL
);

-- Targets per group or per team, each in force from a day (the one in force on a day is
-- the latest with effective_from on or before it).
CREATE TABLE target (
    id             INTEGER PRIMARY KEY,
    campaign_id    INTEGER REFERENCES campaign(id) ON DELETE CASCADE,
    group_id       INTEGER REFERENCES res_group(id) ON DELETE CASCADE,
    team_id        INTEGER REFERENCES team(id) ON DELETE CASCADE,
    target         INTEGER NOT NULL CHECK (target >= 0),
    deadline       TEXT,
    effective_from TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT 'manual',
    CHECK ((group_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX target_group ON target(group_id, effective_from);

CREATE TABLE visit (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL,
    team_id      INTEGER REFERENCES team(id) ON DELETE SET NULL,
    household_id INTEGER NOT NULL REFERENCES household(id) ON DELETE CASCADE,
    note         TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);
CREATE INDEX visit_household ON visit(household_id, date);

CREATE TABLE visit_outcome (
    id            INTEGER PRIMARY KEY,
    visit_id      INTEGER NOT NULL REFERENCES visit(id) ON DELETE CASCADE,
    resident_id   INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
    outcome       INTEGER NOT NULL,           -- VisitOutcome
    come_back_at  TEXT,                       -- yyyy-mm-ddThh:mm for "come back on"
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visit_outcome_resident ON visit_outcome(resident_id);

-- Difficulties and proposals written into the weekly report, kept with its Thursday.
CREATE TABLE week_note (
    report_date  TEXT PRIMARY KEY,
    difficulties TEXT NOT NULL DEFAULT '',
    proposals    TEXT NOT NULL DEFAULT ''
);

-- Who changed what (personal-data record). Never holds more than the change itself.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    operator  TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,     -- e.g. 'resident.update', 'import.residents'
    entity    TEXT NOT NULL DEFAULT '',
    entity_id INTEGER,
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);

-- Every print, PDF and export of personal data.
CREATE TABLE disclosure_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    os_user  TEXT NOT NULL,
    operator TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL,      -- 'checklist', 'weekly_report', 'confirmation', 'export'
    scope    TEXT NOT NULL DEFAULT '',
    target   TEXT NOT NULL DEFAULT ''  -- printer or file name
);
