#include "storage/sqlite/migrations.h"

#include <iterator>
#include <string>

namespace platewise::sqlite {
namespace {

// The schema, as numbered migrations. Never edit a migration that has
// shipped: add a new one. Units are fixed: grams of food, kg of body, cm,
// kcal; nutrient amounts per 100 g in the unit of `nutrients.unit`. A food
// without a row for a nutrient has it "not analysed" (not zero).
constexpr const char* kMigrations[] = {
    // 1: foods, local user, profile and diary.
    R"sql(
CREATE TABLE datasets (
  source      TEXT PRIMARY KEY,
  checksum    TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE nutrients (
  key          TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  unit         TEXT NOT NULL,
  usda_number  INTEGER
);
CREATE TABLE foods (
  id                   TEXT PRIMARY KEY,
  source               TEXT NOT NULL,
  description          TEXT NOT NULL,
  food_group           TEXT NOT NULL DEFAULT '',
  protein_factor       REAL,
  fat_factor           REAL,
  carbohydrate_factor  REAL
);
CREATE INDEX foods_by_source ON foods(source);
CREATE TABLE food_nutrients (
  food_id          TEXT NOT NULL REFERENCES foods(id) ON DELETE CASCADE,
  nutrient_key     TEXT NOT NULL REFERENCES nutrients(key),
  amount_per_100g  REAL NOT NULL,
  PRIMARY KEY (food_id, nutrient_key)
) WITHOUT ROWID;
CREATE TABLE portions (
  food_id  TEXT NOT NULL REFERENCES foods(id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  amount   REAL NOT NULL,
  unit     TEXT NOT NULL,
  grams    REAL NOT NULL,
  PRIMARY KEY (food_id, seq)
) WITHOUT ROWID;
CREATE TABLE users (
  id     INTEGER PRIMARY KEY,
  email  TEXT UNIQUE COLLATE NOCASE
);
INSERT INTO users (id, email) VALUES (1, NULL);
CREATE TABLE profiles (
  owner_id     INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  sex          TEXT NOT NULL CHECK (sex IN ('female','male')),
  age_years    REAL NOT NULL,
  height_cm    REAL NOT NULL,
  weight_kg    REAL NOT NULL,
  activity     TEXT NOT NULL,
  goal_lb_week REAL NOT NULL
);
CREATE TABLE diary_entries (
  id           INTEGER PRIMARY KEY,
  owner_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  date         TEXT NOT NULL,
  meal         TEXT NOT NULL CHECK (meal IN ('breakfast','lunch','dinner','snacks')),
  food_id      TEXT NOT NULL REFERENCES foods(id),
  grams        REAL NOT NULL CHECK (grams > 0),
  amount_text  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX diary_by_owner_date ON diary_entries(owner_id, date);
)sql",
    // 2: supplement products and doses, kept apart from food so that ULs for
    // supplements alone can be checked. Amounts per unit in the DRI key's unit.
    R"sql(
CREATE TABLE supplements (
  id        INTEGER PRIMARY KEY,
  owner_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  unit      TEXT NOT NULL
);
CREATE INDEX supplements_by_owner ON supplements(owner_id);
CREATE TABLE supplement_nutrients (
  supplement_id    INTEGER NOT NULL REFERENCES supplements(id) ON DELETE CASCADE,
  nutrient_key     TEXT NOT NULL,
  amount_per_unit  REAL NOT NULL CHECK (amount_per_unit >= 0),
  PRIMARY KEY (supplement_id, nutrient_key)
) WITHOUT ROWID;
CREATE TABLE supplement_doses (
  id             INTEGER PRIMARY KEY,
  owner_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  date           TEXT NOT NULL,
  supplement_id  INTEGER NOT NULL REFERENCES supplements(id) ON DELETE CASCADE,
  units          REAL NOT NULL CHECK (units > 0)
);
CREATE INDEX supplement_doses_by_owner_date ON supplement_doses(owner_id, date);
)sql",
    // 3: accounts, sessions and API tokens; custom foods and recipes (foods
    // with an owner; NULL owner = shared data); profile settings; water,
    // exercise and weight logs; favourite foods. Every user-owned row has
    // owner_id with ON DELETE CASCADE, so deleting a user removes all of it.
    R"sql(
ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,
  owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token  TEXT NOT NULL,
  expires_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_owner ON sessions(owner_id);
CREATE TABLE api_tokens (
  id          INTEGER PRIMARY KEY,
  owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  token_hash  TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL
);
CREATE INDEX api_tokens_by_owner ON api_tokens(owner_id);
ALTER TABLE foods ADD COLUMN owner_id INTEGER REFERENCES users(id) ON DELETE CASCADE;
CREATE INDEX foods_by_owner ON foods(owner_id) WHERE owner_id IS NOT NULL;
CREATE TABLE recipe_ingredients (
  recipe_id    TEXT NOT NULL REFERENCES foods(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  owner_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  food_id      TEXT NOT NULL REFERENCES foods(id),
  grams        REAL NOT NULL CHECK (grams > 0),
  amount_text  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (recipe_id, seq)
) WITHOUT ROWID;
CREATE INDEX recipe_ingredients_by_food ON recipe_ingredients(food_id);
CREATE TABLE profile_settings (
  owner_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  birth_date  TEXT NOT NULL,
  units       TEXT NOT NULL CHECK (units IN ('metric','imperial')),
  time_zone   TEXT NOT NULL
);
CREATE TABLE water_entries (
  id        INTEGER PRIMARY KEY,
  owner_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  date      TEXT NOT NULL,
  ml        REAL NOT NULL CHECK (ml > 0)
);
CREATE INDEX water_by_owner_date ON water_entries(owner_id, date);
CREATE TABLE exercise_entries (
  id           INTEGER PRIMARY KEY,
  owner_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  date         TEXT NOT NULL,
  activity     TEXT NOT NULL,
  description  TEXT NOT NULL,
  minutes      REAL,
  kcal         REAL NOT NULL CHECK (kcal >= 0)
);
CREATE INDEX exercise_by_owner_date ON exercise_entries(owner_id, date);
CREATE TABLE weight_log (
  id         INTEGER PRIMARY KEY,
  owner_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  date       TEXT NOT NULL,
  weight_kg  REAL NOT NULL CHECK (weight_kg > 0),
  UNIQUE (owner_id, date)
);
CREATE TABLE favourite_foods (
  owner_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  food_id   TEXT NOT NULL REFERENCES foods(id) ON DELETE CASCADE,
  added     INTEGER NOT NULL,
  PRIMARY KEY (owner_id, food_id)
) WITHOUT ROWID;
CREATE INDEX diary_by_owner_food ON diary_entries(owner_id, food_id);
)sql",
    // 4: which derived notifications (badges earned, weekly summaries,
    // shortfalls; ids such as "week:2026-11-23") each user has read.
    R"sql(
CREATE TABLE notification_reads (
  owner_id         INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  notification_id  TEXT NOT NULL,
  read_at          INTEGER NOT NULL,
  PRIMARY KEY (owner_id, notification_id)
) WITHOUT ROWID;
)sql",
    // 5: a profile given by age (the CLI's local user) has settings too (its
    // time zone), with no birth date.
    R"sql(
CREATE TABLE profile_settings_new (
  owner_id    INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  birth_date  TEXT,
  units       TEXT NOT NULL CHECK (units IN ('metric','imperial')),
  time_zone   TEXT NOT NULL
);
INSERT INTO profile_settings_new SELECT owner_id, birth_date, units, time_zone FROM profile_settings;
DROP TABLE profile_settings;
ALTER TABLE profile_settings_new RENAME TO profile_settings;
)sql",
    // 6: version stamps (core/ports/data_versions.h) for the caches of
    // storage/caching/. Triggers move them inside the transaction of every
    // write they cover, so no write path can forget them and a cache in any
    // process that reads a stamp sees the rows of that stamp or newer.
    // user_versions: a user's stamp, moved by any write to their diary
    // entries, water, exercise, profile, settings, sessions, API tokens or
    // account row, to the next value of one store-wide counter: row 0 (no user
    // has id 0), kept in the same table so that a write touches one page the
    // more, not two. It has no foreign key: the stamp of a deleted account
    // stays, so an id reused later never matches an old one.
    // foods_version: moved by any change to a food row or dataset, and by a
    // new shared food; a new custom food is in no cache and does not move it.
    // (food_nutrients and portions change only with their food's row: an
    // import upserts the food, a custom food is written once.)
    // A later migration that rebuilds one of these tables (CREATE new, copy,
    // DROP, RENAME) drops its triggers with it and must create them again.
    R"sql(
CREATE TABLE user_versions (
  owner_id  INTEGER PRIMARY KEY,
  version   INTEGER NOT NULL
);
INSERT INTO user_versions (owner_id, version) VALUES (0, coalesce((SELECT max(id) FROM users), 0));
INSERT INTO user_versions (owner_id, version) SELECT id, id FROM users;
CREATE TABLE foods_version (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  INTEGER NOT NULL
);
INSERT INTO foods_version (id, version) VALUES (1, 1);
CREATE TRIGGER diary_entries_insert_stamp AFTER INSERT ON diary_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER diary_entries_update_stamp AFTER UPDATE ON diary_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER diary_entries_delete_stamp AFTER DELETE ON diary_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER water_entries_insert_stamp AFTER INSERT ON water_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER water_entries_update_stamp AFTER UPDATE ON water_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER water_entries_delete_stamp AFTER DELETE ON water_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER exercise_entries_insert_stamp AFTER INSERT ON exercise_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER exercise_entries_update_stamp AFTER UPDATE ON exercise_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER exercise_entries_delete_stamp AFTER DELETE ON exercise_entries BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER profiles_insert_stamp AFTER INSERT ON profiles BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER profiles_update_stamp AFTER UPDATE ON profiles BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER profiles_delete_stamp AFTER DELETE ON profiles BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER profile_settings_insert_stamp AFTER INSERT ON profile_settings BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER profile_settings_update_stamp AFTER UPDATE ON profile_settings BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER profile_settings_delete_stamp AFTER DELETE ON profile_settings BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER sessions_update_stamp AFTER UPDATE ON sessions BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER sessions_delete_stamp AFTER DELETE ON sessions BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER api_tokens_update_stamp AFTER UPDATE ON api_tokens BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER api_tokens_delete_stamp AFTER DELETE ON api_tokens BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.owner_id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER users_insert_stamp AFTER INSERT ON users BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER users_update_stamp AFTER UPDATE ON users BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (NEW.id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER users_delete_stamp AFTER DELETE ON users BEGIN
  UPDATE user_versions SET version = version + 1 WHERE owner_id = 0;
  INSERT INTO user_versions (owner_id, version) VALUES (OLD.id, (SELECT version FROM user_versions WHERE owner_id = 0))
    ON CONFLICT(owner_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER foods_insert_stamp AFTER INSERT ON foods WHEN NEW.owner_id IS NULL BEGIN
  UPDATE foods_version SET version = version + 1;
END;
CREATE TRIGGER foods_update_stamp AFTER UPDATE ON foods BEGIN
  UPDATE foods_version SET version = version + 1;
END;
CREATE TRIGGER foods_delete_stamp AFTER DELETE ON foods BEGIN
  UPDATE foods_version SET version = version + 1;
END;
CREATE TRIGGER datasets_insert_stamp AFTER INSERT ON datasets BEGIN
  UPDATE foods_version SET version = version + 1;
END;
CREATE TRIGGER datasets_update_stamp AFTER UPDATE ON datasets BEGIN
  UPDATE foods_version SET version = version + 1;
END;
)sql",
    // 7: the login throttle's state (core/ports/login_attempts.h), shared by
    // every process on the file: failure windows by key, and when each
    // client last signed in to each account. Owned by no user (an email may
    // name no account); rows expire and are pruned by time, hence the
    // indexes on the times.
    R"sql(
CREATE TABLE login_windows (
  key           TEXT PRIMARY KEY,
  window_start  INTEGER NOT NULL,
  failures      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX login_windows_by_start ON login_windows(window_start);
CREATE TABLE login_known_clients (
  account    TEXT NOT NULL,
  client     TEXT NOT NULL,
  last_seen  INTEGER NOT NULL,
  PRIMARY KEY (account, client)
) WITHOUT ROWID;
CREATE INDEX login_known_clients_by_last_seen ON login_known_clients(last_seen);
)sql",
    // 8: a version per diary entry (DiaryEntry::version, HTTP's ETag), drawn
    // from one store-wide counter on every add, copy and update, so that no
    // entry ever takes a version any entry had (ids of deleted entries come
    // again). Entries stored before take their id, which no entry had as a
    // version; the counter starts above them.
    R"sql(
ALTER TABLE diary_entries ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE diary_entries SET version = id;
CREATE TABLE diary_entry_version (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  last  INTEGER NOT NULL
);
INSERT INTO diary_entry_version (id, last) VALUES (1, coalesce((SELECT max(id) FROM diary_entries), 0));
)sql",
    // 9: administration: accounts an administrator disabled, and invite
    // codes (by hash) for sign-up under the policy "invite".
    R"sql(
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
CREATE TABLE invites (
  id          INTEGER PRIMARY KEY,
  code_hash   TEXT NOT NULL UNIQUE,
  uses_left   INTEGER NOT NULL CHECK (uses_left >= 0),
  expires_at  INTEGER NOT NULL,
  created_at  INTEGER NOT NULL
);
)sql",
    // 10: history imported from other trackers (core/ports/history_imports.h):
    // the scope ("mfp:nutrition") of each imported row, NULL for rows made in
    // Platewise; imported foods by (owner, scope + "\n" + key), so the next
    // import reuses them; and the files written, by hash, so writing the same
    // file again is a no-op.
    R"sql(
ALTER TABLE diary_entries ADD COLUMN import_scope TEXT;
ALTER TABLE weight_log ADD COLUMN import_scope TEXT;
ALTER TABLE exercise_entries ADD COLUMN import_scope TEXT;
ALTER TABLE foods ADD COLUMN import_key TEXT;
CREATE UNIQUE INDEX foods_by_import_key ON foods(owner_id, import_key) WHERE import_key IS NOT NULL;
CREATE INDEX diary_by_import_scope ON diary_entries(owner_id, import_scope, date) WHERE import_scope IS NOT NULL;
CREATE TABLE imported_files (
  owner_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  scope        TEXT NOT NULL,
  file_hash    TEXT NOT NULL,
  imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
  PRIMARY KEY (owner_id, scope, file_hash)
) WITHOUT ROWID;
-- The last custom food number given (food_rows.h NextCustomFoodId): a
-- deleted food's id is never given to another food.
CREATE TABLE custom_food_numbers (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  last  INTEGER NOT NULL
);
INSERT INTO custom_food_numbers (id, last)
  SELECT 1, coalesce(max(CAST(substr(id, 2) AS INTEGER)), 0) FROM foods WHERE id GLOB 'c[0-9]*';
)sql",
    // 11: packaged foods (FoodData Central Branded, Open Food Facts): their
    // brand, and their barcode as the 14-digit GTIN (core/food/barcode.h).
    R"sql(
ALTER TABLE foods ADD COLUMN brand TEXT NOT NULL DEFAULT '';
ALTER TABLE foods ADD COLUMN barcode TEXT;
CREATE INDEX foods_by_barcode ON foods(barcode) WHERE barcode IS NOT NULL;
)sql",
    // 12: the API's import jobs (core/ports/import_jobs.h): one uploaded
    // file each, its state, progress, and the summary's JSON when done. Ids
    // are never reused (AUTOINCREMENT). Times are Unix seconds; a queued or
    // running job whose heartbeat stopped is failed (FailStale).
    R"sql(
CREATE TABLE import_jobs (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  format        TEXT NOT NULL,
  file_name     TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  bytes_total   INTEGER NOT NULL,
  bytes_read    INTEGER NOT NULL DEFAULT 0,
  rows_read     INTEGER NOT NULL DEFAULT 0,
  rows_written  INTEGER NOT NULL DEFAULT 0,
  summary_json  TEXT NOT NULL DEFAULT '',
  error         TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL,
  heartbeat_at  INTEGER NOT NULL
);
CREATE INDEX import_jobs_by_owner ON import_jobs(owner_id);
CREATE INDEX import_jobs_unfinished ON import_jobs(heartbeat_at) WHERE state IN ('queued', 'running');
)sql",
    // 13: when the source last changed a shared food's data (Food::modified,
    // UTC ISO 8601; NULL when it does not say), so that an import never
    // replaces newer data with older.
    R"sql(
ALTER TABLE foods ADD COLUMN modified TEXT;
)sql",
    // 14: the maintenance a person chose to budget on instead of the
    // formula's (ProfileSettings::adaptive_maintenance): kcal a day and the
    // date chosen, both NULL for the formula.
    R"sql(
ALTER TABLE profile_settings ADD COLUMN adaptive_maintenance_kcal REAL;
ALTER TABLE profile_settings ADD COLUMN adaptive_set_on TEXT;
)sql",
    // 15: the key a client gave an entry it may send again (the API's
    // Idempotency-Key; DiaryRepository::AddEntryOnce), NULL for the others;
    // one entry per owner and key. Deleting the entry forgets its key.
    R"sql(
ALTER TABLE diary_entries ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX diary_by_idempotency_key ON diary_entries(owner_id, idempotency_key)
  WHERE idempotency_key IS NOT NULL;
)sql",
    // 16: saved meals (core/ports/saved_meal_repository.h): a person's named
    // groups of foods, a name once per owner, each item's amount as a diary
    // entry keeps it. An item's food is no foreign key: deleting a custom
    // food leaves the meal, which then refuses to be added (the use case).
    R"sql(
CREATE TABLE saved_meals (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  UNIQUE (owner_id, name)
);
CREATE TABLE saved_meal_items (
  saved_meal_id  INTEGER NOT NULL REFERENCES saved_meals(id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  food_id        TEXT NOT NULL,
  grams          REAL NOT NULL CHECK (grams > 0),
  amount_text    TEXT NOT NULL,
  PRIMARY KEY (saved_meal_id, position)
) WITHOUT ROWID;
)sql",
    // 17: a person's macro targets (ProfileSettings::macro_targets: percent
    // of the budget or grams a day; existing profiles get the AMDR-based
    // default 20/50/30 percent) and goal weight and date
    // (ProfileSettings::weight_goal; NULL for none).
    R"sql(
ALTER TABLE profile_settings ADD COLUMN macro_unit TEXT NOT NULL DEFAULT 'percent'
  CHECK (macro_unit IN ('percent', 'grams'));
ALTER TABLE profile_settings ADD COLUMN macro_protein REAL NOT NULL DEFAULT 20;
ALTER TABLE profile_settings ADD COLUMN macro_carbohydrate REAL NOT NULL DEFAULT 50;
ALTER TABLE profile_settings ADD COLUMN macro_fat REAL NOT NULL DEFAULT 30;
ALTER TABLE profile_settings ADD COLUMN goal_weight_kg REAL;
ALTER TABLE profile_settings ADD COLUMN goal_date TEXT;
)sql",
    // 18: a person's own nutrient targets (core/nutrient/target_override.h):
    // one per owner and DRI key; amount and upper a day in the DRI's unit
    // (upper NULL for none); source 'doctor' or 'own'.
    R"sql(
CREATE TABLE nutrient_target_overrides (
  owner_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  nutrient_key  TEXT NOT NULL,
  amount        REAL NOT NULL CHECK (amount > 0),
  upper         REAL CHECK (upper IS NULL OR upper >= amount),
  source        TEXT NOT NULL CHECK (source IN ('doctor', 'own')),
  PRIMARY KEY (owner_id, nutrient_key)
) WITHOUT ROWID;
)sql",
};

}  // namespace

std::int64_t NewestSchemaVersion() { return static_cast<std::int64_t>(std::size(kMigrations)); }

Result<std::int64_t> SchemaVersion(Database& db) {
  auto table = db.Prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
  if (!table.ok()) return table.status();
  auto found = table->Step();
  if (!found.ok()) return found.status();
  if (table->ColumnInt(0) == 0) return std::int64_t{0};
  auto read = db.Prepare("SELECT coalesce(max(version), 0) FROM schema_version");
  if (!read.ok()) return read.status();
  auto row = read->Step();
  if (!row.ok()) return row.status();
  return read->ColumnInt(0);
}

Status Migrate(Database& db) {
  PW_RETURN_IF_ERROR(db.Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
  auto version = SchemaVersion(db);
  if (!version.ok()) return version.status();
  const std::int64_t current = *version;
  const std::int64_t newest = NewestSchemaVersion();
  if (current > newest) {
    return Status::Unavailable("database schema version " + std::to_string(current) +
                               " is newer than this Platewise understands (" + std::to_string(newest) + ")");
  }
  for (std::int64_t v = current + 1; v <= newest; ++v) {
    Transaction tx(db);
    PW_RETURN_IF_ERROR(tx.Begin());
    PW_RETURN_IF_ERROR(db.Exec(kMigrations[v - 1]));
    auto mark = db.Prepare("INSERT INTO schema_version (version) VALUES (?1)");
    if (!mark.ok()) return mark.status();
    mark->Bind(1, v);
    PW_RETURN_IF_ERROR(mark->Run());
    PW_RETURN_IF_ERROR(tx.Commit());
  }
  return Status::Ok();
}

}  // namespace platewise::sqlite
