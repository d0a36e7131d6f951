#include "storage/sqlite/sqlite_diary_repository.h"

#include <string>

#include "core/diary/entry_changed.h"
#include "storage/sqlite/log_rows.h"
#include "storage/sqlite/sqlite_data_versions.h"

namespace platewise::sqlite {
namespace {

// A food the owner may log: shared, or the owner's own custom food.
constexpr char kFoodExists[] = "SELECT 1 FROM foods WHERE id = ?1 AND (owner_id IS NULL OR owner_id = ?2)";
constexpr char kInsertEntry[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text, version) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
// An entry AddEntryOnce stores, with its key (migration 15).
constexpr char kInsertKeyedEntry[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text, version, idempotency_key) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr char kSelectEntryByKey[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries "
    "WHERE owner_id = ?1 AND idempotency_key = ?2";
// The next entry version (migration 7). REQUIRES: in the write's transaction.
constexpr char kNextVersion[] = "UPDATE diary_entry_version SET last = last + 1 WHERE id = 1 RETURNING last";
constexpr char kSelectDay[] =
    "SELECT id, meal, food_id, grams, amount_text, version FROM diary_entries "
    "WHERE owner_id = ?1 AND date = ?2 ORDER BY id";
constexpr char kCountLogsByFood[] =
    "SELECT owner_id, food_id, count(*) FROM diary_entries GROUP BY owner_id, food_id";
constexpr char kSelectRange[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries "
    "WHERE owner_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date, id";
constexpr char kSelectLoggedDates[] =
    "SELECT DISTINCT date FROM diary_entries WHERE owner_id = ?1 AND date <= ?2 ORDER BY date DESC LIMIT ?3";
constexpr char kSelectEntry[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries WHERE owner_id = ?1 AND id = ?2";
constexpr char kSelectVersion[] = "SELECT version FROM diary_entries WHERE owner_id = ?1 AND id = ?2";
// Only the fields given (NULL keeps the stored one), and only while the
// version is the expected one (?8; NULL: any), in one statement.
constexpr char kUpdateEntry[] =
    "UPDATE diary_entries SET date = coalesce(?3, date), meal = coalesce(?4, meal), grams = coalesce(?5, grams), "
    "amount_text = coalesce(?6, amount_text), version = ?7 "
    "WHERE owner_id = ?1 AND id = ?2 AND (?8 IS NULL OR version = ?8) "
    "RETURNING id, date, meal, food_id, grams, amount_text, version";
constexpr char kDeleteEntry[] = "DELETE FROM diary_entries WHERE owner_id = ?1 AND id = ?2";
constexpr char kSelectDayMeal[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries "
    "WHERE owner_id = ?1 AND date = ?2 AND (?3 IS NULL OR meal = ?3) ORDER BY id";
constexpr char kSelectAll[] =
    "SELECT id, date, meal, food_id, grams, amount_text, version FROM diary_entries WHERE owner_id = ?1 "
    "ORDER BY date, id";
// The last column: the amount of the food's latest entry (FoodUse).
#define PW_LAST_AMOUNT \
  "(SELECT e.amount_text FROM diary_entries e WHERE e.owner_id = ?1 AND e.food_id = d.food_id " \
  "ORDER BY e.date DESC, e.id DESC LIMIT 1)"
constexpr char kRecentFoods[] =
    "SELECT d.food_id, count(*), max(d.date) AS last, " PW_LAST_AMOUNT " FROM diary_entries d WHERE d.owner_id = ?1 "
    "GROUP BY d.food_id ORDER BY last DESC, max(d.id) DESC LIMIT ?2";
constexpr char kFrequentFoods[] =
    "SELECT d.food_id, count(*) AS n, max(d.date), " PW_LAST_AMOUNT " FROM diary_entries d WHERE d.owner_id = ?1 "
    "GROUP BY d.food_id ORDER BY n DESC, max(d.date) DESC, d.food_id LIMIT ?2";
#undef PW_LAST_AMOUNT
constexpr char kSelectSettings[] =
    "SELECT birth_date, units, time_zone, adaptive_maintenance_kcal, adaptive_set_on, macro_unit, macro_protein, "
    "macro_carbohydrate, macro_fat, goal_weight_kg, goal_date FROM profile_settings WHERE owner_id = ?1";
constexpr char kUpsertSettings[] =
    "INSERT INTO profile_settings (owner_id, birth_date, units, time_zone, adaptive_maintenance_kcal, "
    "adaptive_set_on, macro_unit, macro_protein, macro_carbohydrate, macro_fat, goal_weight_kg, goal_date) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
    "ON CONFLICT(owner_id) DO UPDATE SET birth_date = excluded.birth_date, units = excluded.units, "
    "time_zone = excluded.time_zone, adaptive_maintenance_kcal = excluded.adaptive_maintenance_kcal, "
    "adaptive_set_on = excluded.adaptive_set_on, macro_unit = excluded.macro_unit, "
    "macro_protein = excluded.macro_protein, macro_carbohydrate = excluded.macro_carbohydrate, "
    "macro_fat = excluded.macro_fat, goal_weight_kg = excluded.goal_weight_kg, goal_date = excluded.goal_date";
constexpr char kSelectProfile[] =
    "SELECT sex, age_years, height_cm, weight_kg, activity, goal_lb_week FROM profiles WHERE owner_id = ?1";
constexpr char kUpsertProfile[] =
    "INSERT INTO profiles (owner_id, sex, age_years, height_cm, weight_kg, activity, goal_lb_week) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
    "ON CONFLICT(owner_id) DO UPDATE SET sex = excluded.sex, age_years = excluded.age_years, "
    "height_cm = excluded.height_cm, weight_kg = excluded.weight_kg, activity = excluded.activity, "
    "goal_lb_week = excluded.goal_lb_week";

// Reads rows of (id, date, meal, food_id, grams, amount_text, version).
Result<std::vector<DiaryEntry>> ReadEntries(Statement& sel) {
  std::vector<DiaryEntry> out;
  while (true) {
    auto r = sel.Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    auto date = ParseCivilDate(sel.ColumnText(1));
    auto meal = ParseMeal(sel.ColumnText(2));
    if (!date.ok() || !meal.ok()) return Status::Internal("stored diary entry is malformed");
    out.push_back({sel.ColumnInt(0), *date, *meal, sel.ColumnText(3), Grams(sel.ColumnDouble(4)), sel.ColumnText(5),
                   sel.ColumnInt(6)});
  }
  return out;
}

Result<std::vector<FoodUse>> ReadFoodUses(Statement& sel) {
  std::vector<FoodUse> out;
  while (true) {
    auto r = sel.Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    auto date = ParseCivilDate(sel.ColumnText(2));
    if (!date.ok()) return Status::Internal("stored diary date is malformed");
    out.push_back({sel.ColumnText(0), static_cast<int>(sel.ColumnInt(1)), *date, sel.ColumnText(3)});
  }
  return out;
}

Status NoEntry(std::int64_t id) { return Status::NotFound("no diary entry with id " + std::to_string(id)); }

// Binds the value, or NULL when there is none.
template <typename T>
void BindOrNull(Statement& s, int index, const std::optional<T>& value) {
  if (value) {
    s.Bind(index, *value);
  } else {
    s.BindNull(index);
  }
}

// Draws the next entry version. REQUIRES: the writer lock held, in a
// transaction (a rolled-back write leaves the counter as it was).
Result<std::int64_t> NextVersion(Database& db) {
  auto next = db.Prepare(kNextVersion);
  if (!next.ok()) return next.status();
  auto row = next->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Internal("the diary entry version counter is missing");
  return next->ColumnInt(0);
}

// Why an update changed no row: the entry is not the owner's, or its version
// is not the expected one.
Status WhyNotUpdated(Database& db, UserId owner, std::int64_t id) {
  auto sel = db.Prepare(kSelectVersion);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, id);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return NoEntry(id);
  return EntryChanged(id, sel->ColumnInt(0));
}

Result<std::vector<DiaryEntry>> SelectDay(Database& db, UserId owner, const CivilDate& date) {
  auto sel = db.Prepare(kSelectDay);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, date.ToString());
  std::vector<DiaryEntry> out;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    auto meal = ParseMeal(sel->ColumnText(1));
    if (!meal.ok()) return Status::Internal("stored diary entry has a bad meal: " + meal.status().message());
    out.push_back({sel->ColumnInt(0), date, *meal, sel->ColumnText(2), Grams(sel->ColumnDouble(3)), sel->ColumnText(4),
                   sel->ColumnInt(5)});
  }
  return out;
}

// AddEntry's write, with the key when there is one. REQUIRES: the writer
// lock held, in a transaction.
Result<DiaryEntry> InsertEntry(Database& db, UserId owner, const DiaryEntry& entry, const std::string* key) {
  DiaryEntry stored = entry;
  auto exists = db.Prepare(kFoodExists);
  if (!exists.ok()) return exists.status();
  exists->Bind(1, entry.food_id);
  exists->Bind(2, owner);
  auto found = exists->Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no food with id \"" + entry.food_id + "\"");
  auto version = NextVersion(db);
  if (!version.ok()) return version.status();
  stored.version = *version;
  auto ins = db.Prepare(key ? kInsertKeyedEntry : kInsertEntry);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, entry.date.ToString());
  ins->Bind(3, MealName(entry.meal));
  ins->Bind(4, entry.food_id);
  ins->Bind(5, entry.grams.value());
  ins->Bind(6, entry.amount_text);
  ins->Bind(7, stored.version);
  if (key) ins->Bind(8, *key);
  PW_RETURN_IF_ERROR(ins->Run());
  stored.id = db.LastInsertId();
  return stored;
}

}  // namespace

Result<DiaryEntry> SqliteDiaryRepository::AddEntry(UserId owner, const DiaryEntry& entry) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);  // the row and its version together
  PW_RETURN_IF_ERROR(tx.Begin());
  auto stored = InsertEntry(db, owner, entry, nullptr);  // its statements are reset before the commit
  if (!stored.ok()) return stored.status();
  PW_RETURN_IF_ERROR(tx.Commit());
  return stored;
}

// One transaction: a refused food rolls back the entries before it.
Result<std::vector<DiaryEntry>> SqliteDiaryRepository::AddEntries(UserId owner, const std::vector<DiaryEntry>& entries) {
  if (entries.empty()) return std::vector<DiaryEntry>();
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  std::vector<DiaryEntry> out;
  for (const DiaryEntry& e : entries) {
    auto stored = InsertEntry(db, owner, e, nullptr);
    if (!stored.ok()) return stored.status();
    out.push_back(*std::move(stored));
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  return out;
}

// The look-up and the insert under the writer lock in one transaction: a
// second call with the key waits for the first and finds its entry.
Result<AddedEntry> SqliteDiaryRepository::AddEntryOnce(UserId owner, const DiaryEntry& entry, const std::string& key) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  AddedEntry out;
  {
    auto sel = db.Prepare(kSelectEntryByKey);
    if (!sel.ok()) return sel.status();
    sel->Bind(1, owner);
    sel->Bind(2, key);
    auto before = ReadEntries(*sel);
    if (!before.ok()) return before.status();
    if (!before->empty()) return AddedEntry{before->front(), false};
    auto stored = InsertEntry(db, owner, entry, &key);
    if (!stored.ok()) return stored.status();
    out = {*std::move(stored), true};
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  return out;
}

// One read transaction for the three queries and the owner's stamp: one
// snapshot, and one acquisition of WAL's read lock instead of four.
Result<DiaryDayRows> SqliteDiaryRepository::GetDay(UserId owner, const CivilDate& date) {
  auto reader = conn_->Read();
  ReadTransaction snapshot(reader.db);
  PW_RETURN_IF_ERROR(snapshot.Begin());
  DiaryDayRows day;
  auto entries = SelectDay(reader.db, owner, date);
  if (!entries.ok()) return entries.status();
  day.entries = std::move(*entries);
  auto water = SelectWater(reader.db, owner, date);
  if (!water.ok()) return water.status();
  day.water = std::move(*water);
  auto exercise = SelectExercise(reader.db, owner, date);
  if (!exercise.ok()) return exercise.status();
  day.exercise = std::move(*exercise);
  auto version = SelectUserVersion(reader.db, owner);
  if (!version.ok()) return version.status();
  day.version = *version;
  return day;
}

Result<std::vector<FoodLogCount>> SqliteDiaryRepository::CountLogsByFood() {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kCountLogsByFood);
  if (!sel.ok()) return sel.status();
  std::vector<FoodLogCount> out;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    out.push_back({sel->ColumnInt(0), sel->ColumnText(1), sel->ColumnInt(2)});
  }
  return out;
}

Result<std::vector<DiaryEntry>> SqliteDiaryRepository::ListRange(UserId owner, const CivilDate& from,
                                                                const CivilDate& to) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectRange);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, from.ToString());
  sel->Bind(3, to.ToString());
  return ReadEntries(*sel);
}

Result<std::vector<CivilDate>> SqliteDiaryRepository::LoggedDates(UserId owner, const CivilDate& up_to, int limit) {
  if (limit < 1 || limit > 10000) return Status::InvalidArgument("limit must be between 1 and 10000");
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectLoggedDates);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, up_to.ToString());
  sel->Bind(3, static_cast<std::int64_t>(limit));
  std::vector<CivilDate> out;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    auto date = ParseCivilDate(sel->ColumnText(0));
    if (!date.ok()) return Status::Internal("stored diary entry has a bad date");
    out.push_back(*date);
  }
  return out;
}

Result<DiaryEntry> SqliteDiaryRepository::GetEntry(UserId owner, std::int64_t id) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectEntry);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, id);
  auto rows = ReadEntries(*sel);
  if (!rows.ok()) return rows.status();
  if (rows->empty()) return NoEntry(id);
  return rows->front();
}

// One transaction: the version drawn and the one conditional UPDATE, which
// writes only the fields given and returns the stored row (the food is never
// changed by an update).
Result<DiaryEntry> SqliteDiaryRepository::UpdateEntry(UserId owner, std::int64_t id, const EntryChanges& changes,
                                                      std::optional<std::int64_t> expected_version) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  DiaryEntry stored;
  {
    auto version = NextVersion(db);
    if (!version.ok()) return version.status();
    auto up = db.Prepare(kUpdateEntry);
    if (!up.ok()) return up.status();
    up->Bind(1, owner);
    up->Bind(2, id);
    std::optional<std::string> date, meal;
    if (changes.date) date = changes.date->ToString();
    if (changes.meal) meal = MealName(*changes.meal);
    std::optional<double> grams;
    if (changes.grams) grams = changes.grams->value();
    BindOrNull(*up, 3, date);
    BindOrNull(*up, 4, meal);
    up->BindOptional(5, grams);
    BindOrNull(*up, 6, changes.amount_text);
    up->Bind(7, *version);
    BindOrNull(*up, 8, expected_version);
    auto rows = ReadEntries(*up);
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return WhyNotUpdated(db, owner, id);  // rolled back: the counter stays
    stored = std::move(rows->front());
  }  // the statements are reset before the commit
  PW_RETURN_IF_ERROR(tx.Commit());
  return stored;
}

Status SqliteDiaryRepository::DeleteEntry(UserId owner, std::int64_t id) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDeleteEntry);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, id);
  PW_RETURN_IF_ERROR(del->Run());
  if (conn_->db().Changes() == 0) return NoEntry(id);
  return Status::Ok();
}

Result<std::vector<DiaryEntry>> SqliteDiaryRepository::CopyEntries(UserId owner, const CivilDate& from,
                                                                   const CivilDate& to, std::optional<Meal> meal) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  auto sel = db.Prepare(kSelectDayMeal);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, from.ToString());
  if (meal) sel->Bind(3, std::string_view(MealName(*meal))); else sel->BindNull(3);
  auto entries = ReadEntries(*sel);
  if (!entries.ok()) return entries.status();
  auto ins = db.Prepare(kInsertEntry);
  if (!ins.ok()) return ins.status();
  std::vector<DiaryEntry> copies;
  for (DiaryEntry e : *entries) {
    ins->Reset();
    ins->Bind(1, owner);
    ins->Bind(2, to.ToString());
    ins->Bind(3, MealName(e.meal));
    ins->Bind(4, e.food_id);
    ins->Bind(5, e.grams.value());
    ins->Bind(6, e.amount_text);
    auto version = NextVersion(db);
    if (!version.ok()) return version.status();
    e.version = *version;
    ins->Bind(7, e.version);
    PW_RETURN_IF_ERROR(ins->Run());
    e.id = db.LastInsertId();
    e.date = to;
    copies.push_back(std::move(e));
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  return copies;
}

Result<std::vector<FoodUse>> SqliteDiaryRepository::RecentFoods(UserId owner, int limit) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kRecentFoods);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, static_cast<std::int64_t>(limit));
  return ReadFoodUses(*sel);
}

Result<std::vector<FoodUse>> SqliteDiaryRepository::FrequentFoods(UserId owner, int limit) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kFrequentFoods);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, static_cast<std::int64_t>(limit));
  return ReadFoodUses(*sel);
}

Result<std::vector<DiaryEntry>> SqliteDiaryRepository::ListAll(UserId owner) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectAll);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  return ReadEntries(*sel);
}

Result<ProfileSettings> SqliteProfileRepository::Get(UserId owner) {
  auto lock = conn_->lock();
  return ReadSettingsLocked(owner);
}

Result<BodyProfile> SqliteProfileRepository::GetProfile(UserId owner) {
  auto lock = conn_->lock();
  return ReadBodyLocked(owner);
}

Result<ProfileSettings> SqliteProfileRepository::ReadSettingsLocked(UserId owner) {
  auto sel = conn_->db().Prepare(kSelectSettings);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  auto r = sel->Step();
  if (!r.ok()) return r.status();
  if (!*r) return Status::NotFound("no profile settings set");
  std::optional<CivilDate> birth;  // NULL: a profile given by age
  if (!sel->ColumnIsNull(0)) {
    auto parsed = ParseCivilDate(sel->ColumnText(0));
    if (!parsed.ok()) return Status::Internal("stored profile settings are malformed");
    birth = *parsed;
  }
  auto units = ParseDisplayUnits(sel->ColumnText(1));
  if (!units.ok()) return Status::Internal("stored profile settings are malformed");
  ProfileSettings settings{birth, *units, sel->ColumnText(2), std::nullopt, MacroTargets{}, std::nullopt};
  if (!sel->ColumnIsNull(3)) {
    auto set_on = ParseCivilDate(sel->ColumnText(4));
    if (!set_on.ok()) return Status::Internal("stored profile settings are malformed");
    settings.adaptive_maintenance = AdaptiveMaintenance{Kcal(sel->ColumnDouble(3)), *set_on};
  }
  auto macro_unit = ParseMacroUnit(sel->ColumnText(5));
  if (!macro_unit.ok()) return Status::Internal("stored profile settings are malformed");
  settings.macro_targets = MacroTargets{*macro_unit, sel->ColumnDouble(6), sel->ColumnDouble(7), sel->ColumnDouble(8)};
  if (!sel->ColumnIsNull(9)) {
    WeightGoal goal{Kilograms(sel->ColumnDouble(9)), std::nullopt};
    if (!sel->ColumnIsNull(10)) {
      auto date = ParseCivilDate(sel->ColumnText(10));
      if (!date.ok()) return Status::Internal("stored profile settings are malformed");
      goal.date = *date;
    }
    settings.weight_goal = goal;
  }
  return settings;
}

Status SqliteProfileRepository::Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  auto up = db.Prepare(kUpsertSettings);
  if (!up.ok()) return up.status();
  up->Bind(1, owner);
  if (settings.birth_date) up->Bind(2, settings.birth_date->ToString()); else up->BindNull(2);
  up->Bind(3, DisplayUnitsName(settings.units));
  up->Bind(4, settings.time_zone);
  if (const auto& a = settings.adaptive_maintenance) {
    up->Bind(5, a->kcal.value());
    up->Bind(6, a->set_on.ToString());
  } else {
    up->BindNull(5);
    up->BindNull(6);
  }
  up->Bind(7, MacroUnitName(settings.macro_targets.unit));
  up->Bind(8, settings.macro_targets.protein);
  up->Bind(9, settings.macro_targets.carbohydrate);
  up->Bind(10, settings.macro_targets.fat);
  if (const auto& g = settings.weight_goal) {
    up->Bind(11, g->weight.value());
    if (g->date) up->Bind(12, g->date->ToString()); else up->BindNull(12);
  } else {
    up->BindNull(11);
    up->BindNull(12);
  }
  PW_RETURN_IF_ERROR(up->Run());
  PW_RETURN_IF_ERROR(SaveProfileLocked(owner, body));
  return tx.Commit();
}

Result<BodyProfile> SqliteProfileRepository::ReadBodyLocked(UserId owner) {
  auto sel = conn_->db().Prepare(kSelectProfile);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  auto r = sel->Step();
  if (!r.ok()) return r.status();
  if (!*r) return Status::NotFound("no profile set");
  auto sex = ParseSex(sel->ColumnText(0));
  auto activity = ParseActivityLevel(sel->ColumnText(4));
  auto goal = WeeklyGoalFromPounds(sel->ColumnDouble(5));
  if (!sex.ok() || !activity.ok() || !goal.ok()) return Status::Internal("stored profile is malformed");
  BodyProfile p;
  p.sex = *sex;
  p.age_years = sel->ColumnDouble(1);
  p.height = Centimeters(sel->ColumnDouble(2));
  p.weight = Kilograms(sel->ColumnDouble(3));
  p.activity = *activity;
  p.goal = *goal;
  return p;
}

Status SqliteProfileRepository::SaveProfile(UserId owner, const BodyProfile& p) {
  auto lock = conn_->lock();
  return SaveProfileLocked(owner, p);
}

Status SqliteProfileRepository::SaveProfileLocked(UserId owner, const BodyProfile& p) {
  auto up = conn_->db().Prepare(kUpsertProfile);
  if (!up.ok()) return up.status();
  up->Bind(1, owner);
  up->Bind(2, SexName(p.sex));
  up->Bind(3, p.age_years);
  up->Bind(4, p.height.value());
  up->Bind(5, p.weight.value());
  up->Bind(6, ActivityLevelName(p.activity));
  up->Bind(7, p.goal.lb_per_week);
  return up->Run();
}

}  // namespace platewise::sqlite
