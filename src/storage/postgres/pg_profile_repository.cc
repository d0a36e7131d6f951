#include "storage/postgres/pg_log_rows.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kSelectSettings[] =
    "SELECT birth_date, units, time_zone, adaptive_maintenance_kcal, adaptive_set_on, macro_unit, macro_protein, "
    "macro_carbohydrate, macro_fat, goal_weight_kg, goal_date FROM profile_settings WHERE owner_id = $1";
constexpr char kUpsertSettings[] =
    "INSERT INTO profile_settings (owner_id, birth_date, units, time_zone, adaptive_maintenance_kcal, "
    "adaptive_set_on, macro_unit, macro_protein, macro_carbohydrate, macro_fat, goal_weight_kg, goal_date) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
    "ON CONFLICT (owner_id) DO UPDATE SET birth_date = excluded.birth_date, units = excluded.units, "
    "time_zone = excluded.time_zone, adaptive_maintenance_kcal = excluded.adaptive_maintenance_kcal, "
    "adaptive_set_on = excluded.adaptive_set_on, macro_unit = excluded.macro_unit, "
    "macro_protein = excluded.macro_protein, macro_carbohydrate = excluded.macro_carbohydrate, "
    "macro_fat = excluded.macro_fat, goal_weight_kg = excluded.goal_weight_kg, goal_date = excluded.goal_date";
constexpr char kSelectProfile[] =
    "SELECT sex, age_years, height_cm, weight_kg, activity, goal_lb_week FROM profiles WHERE owner_id = $1";
constexpr char kUpsertProfile[] =
    "INSERT INTO profiles (owner_id, sex, age_years, height_cm, weight_kg, activity, goal_lb_week) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7) "
    "ON CONFLICT (owner_id) DO UPDATE SET sex = excluded.sex, age_years = excluded.age_years, "
    "height_cm = excluded.height_cm, weight_kg = excluded.weight_kg, activity = excluded.activity, "
    "goal_lb_week = excluded.goal_lb_week";

Status UpsertProfile(Connection& c, UserId owner, const BodyProfile& p) {
  return c
      .Query(kUpsertProfile, Params(owner, SexName(p.sex), p.age_years, p.height.value(), p.weight.value(),
                                    ActivityLevelName(p.activity), p.goal.lb_per_week))
      .status();
}

}  // namespace

Result<BodyProfile> PgProfileRepository::GetProfile(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<BodyProfile> {
    auto rows = c.Query(kSelectProfile, Params(owner));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no profile set");
    auto sex = ParseSex(rows->Text(0, 0));
    auto activity = ParseActivityLevel(rows->Text(0, 4));
    auto goal = WeeklyGoalFromPounds(rows->Double(0, 5));
    if (!sex.ok() || !activity.ok() || !goal.ok()) return Status::Internal("stored profile is malformed");
    BodyProfile p;
    p.sex = *sex;
    p.age_years = rows->Double(0, 1);
    p.height = Centimeters(rows->Double(0, 2));
    p.weight = Kilograms(rows->Double(0, 3));
    p.activity = *activity;
    p.goal = *goal;
    return p;
  });
}

Status PgProfileRepository::SaveProfile(UserId owner, const BodyProfile& profile) {
  return pool_->Run([&](Connection& c) { return UpsertProfile(c, owner, profile); });
}

Result<ProfileSettings> PgProfileRepository::Get(UserId owner) {
  return pool_->Run([&](Connection& c) -> Result<ProfileSettings> {
    auto rows = c.Query(kSelectSettings, Params(owner));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no profile settings set");
    std::optional<CivilDate> birth;  // NULL: a profile given by age
    if (!rows->IsNull(0, 0)) {
      auto parsed = DateAt(*rows, 0, 0);
      if (!parsed.ok()) return parsed.status();
      birth = *parsed;
    }
    auto units = ParseDisplayUnits(rows->Text(0, 1));
    if (!units.ok()) return Status::Internal("stored profile settings are malformed");
    ProfileSettings settings{birth, *units, rows->Text(0, 2), std::nullopt, MacroTargets{}, std::nullopt};
    if (!rows->IsNull(0, 3)) {
      auto set_on = DateAt(*rows, 0, 4);
      if (!set_on.ok()) return set_on.status();
      settings.adaptive_maintenance = AdaptiveMaintenance{Kcal(rows->Double(0, 3)), *set_on};
    }
    auto macro_unit = ParseMacroUnit(rows->Text(0, 5));
    if (!macro_unit.ok()) return Status::Internal("stored profile settings are malformed");
    settings.macro_targets = MacroTargets{*macro_unit, rows->Double(0, 6), rows->Double(0, 7), rows->Double(0, 8)};
    if (!rows->IsNull(0, 9)) {
      WeightGoal goal{Kilograms(rows->Double(0, 9)), std::nullopt};
      if (!rows->IsNull(0, 10)) {
        auto date = DateAt(*rows, 0, 10);
        if (!date.ok()) return date.status();
        goal.date = *date;
      }
      settings.weight_goal = goal;
    }
    return settings;
  });
}

Status PgProfileRepository::Save(UserId owner, const ProfileSettings& settings, const BodyProfile& body) {
  std::optional<std::string> birth;
  if (settings.birth_date) birth = settings.birth_date->ToString();
  std::optional<double> adaptive_kcal;
  std::optional<std::string> adaptive_set_on;
  if (const auto& a = settings.adaptive_maintenance) {
    adaptive_kcal = a->kcal.value();
    adaptive_set_on = a->set_on.ToString();
  }
  const MacroTargets& m = settings.macro_targets;
  std::optional<double> goal_kg;
  std::optional<std::string> goal_date;
  if (const auto& g = settings.weight_goal) {
    goal_kg = g->weight.value();
    if (g->date) goal_date = g->date->ToString();
  }
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    PW_RETURN_IF_ERROR(c.Query(kUpsertSettings, Params(owner, birth, DisplayUnitsName(settings.units),
                                                       settings.time_zone, adaptive_kcal, adaptive_set_on,
                                                       MacroUnitName(m.unit), m.protein, m.carbohydrate, m.fat,
                                                       goal_kg, goal_date))
                           .status());
    return UpsertProfile(c, owner, body);
  });
}

}  // namespace platewise::postgres
