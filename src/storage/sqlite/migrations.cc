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
};

}  // namespace

Status Migrate(Database& db) {
  PW_RETURN_IF_ERROR(db.Exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
  auto read = db.Prepare("SELECT coalesce(max(version), 0) FROM schema_version");
  if (!read.ok()) return read.status();
  auto row = read->Step();
  if (!row.ok()) return row.status();
  std::int64_t current = read->ColumnInt(0);
  read->Reset();
  const std::int64_t newest = static_cast<std::int64_t>(std::size(kMigrations));
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
