#include "storage/sqlite/sqlite_diary_repository.h"

namespace platewise::sqlite {
namespace {

constexpr char kFoodExists[] = "SELECT 1 FROM foods WHERE id = ?1";
constexpr char kInsertEntry[] =
    "INSERT INTO diary_entries (owner_id, date, meal, food_id, grams, amount_text) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr char kSelectDay[] =
    "SELECT id, meal, food_id, grams, amount_text FROM diary_entries "
    "WHERE owner_id = ?1 AND date = ?2 ORDER BY id";
constexpr char kCountLogsByFood[] =
    "SELECT owner_id, food_id, count(*) FROM diary_entries GROUP BY owner_id, food_id";
constexpr char kSelectRange[] =
    "SELECT id, date, meal, food_id, grams, amount_text FROM diary_entries "
    "WHERE owner_id = ?1 AND date >= ?2 AND date <= ?3 ORDER BY date, id";
constexpr char kSelectLoggedDates[] =
    "SELECT DISTINCT date FROM diary_entries WHERE owner_id = ?1 AND date <= ?2 ORDER BY date DESC LIMIT ?3";
constexpr char kSelectProfile[] =
    "SELECT sex, age_years, height_cm, weight_kg, activity, goal_lb_week FROM profiles WHERE owner_id = ?1";
constexpr char kUpsertProfile[] =
    "INSERT INTO profiles (owner_id, sex, age_years, height_cm, weight_kg, activity, goal_lb_week) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
    "ON CONFLICT(owner_id) DO UPDATE SET sex = excluded.sex, age_years = excluded.age_years, "
    "height_cm = excluded.height_cm, weight_kg = excluded.weight_kg, activity = excluded.activity, "
    "goal_lb_week = excluded.goal_lb_week";

}  // namespace

Result<DiaryEntry> SqliteDiaryRepository::AddEntry(UserId owner, const DiaryEntry& entry) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  auto exists = db.Prepare(kFoodExists);
  if (!exists.ok()) return exists.status();
  exists->Bind(1, entry.food_id);
  auto found = exists->Step();
  if (!found.ok()) return found.status();
  if (!*found) return Status::NotFound("no food with id \"" + entry.food_id + "\"");

  auto ins = db.Prepare(kInsertEntry);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, owner);
  ins->Bind(2, entry.date.ToString());
  ins->Bind(3, MealName(entry.meal));
  ins->Bind(4, entry.food_id);
  ins->Bind(5, entry.grams.value());
  ins->Bind(6, entry.amount_text);
  PW_RETURN_IF_ERROR(ins->Run());
  DiaryEntry stored = entry;
  stored.id = db.LastInsertId();
  return stored;
}

Result<std::vector<DiaryEntry>> SqliteDiaryRepository::ListDay(UserId owner, const CivilDate& date) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectDay);
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
    out.push_back({sel->ColumnInt(0), date, *meal, sel->ColumnText(2), Grams(sel->ColumnDouble(3)),
                   sel->ColumnText(4)});
  }
  return out;
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
  std::vector<DiaryEntry> out;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    auto date = ParseCivilDate(sel->ColumnText(1));
    auto meal = ParseMeal(sel->ColumnText(2));
    if (!date.ok() || !meal.ok()) return Status::Internal("stored diary entry has a bad date or meal");
    out.push_back({sel->ColumnInt(0), *date, *meal, sel->ColumnText(3), Grams(sel->ColumnDouble(4)),
                   sel->ColumnText(5)});
  }
  return out;
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

Result<BodyProfile> SqliteProfileRepository::GetProfile(UserId owner) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectProfile);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  auto r = sel->Step();
  if (!r.ok()) return r.status();
  if (!*r) return Status::NotFound("no profile set: run 'platewise profile set' first");
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
