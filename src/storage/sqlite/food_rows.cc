#include "storage/sqlite/food_rows.h"

namespace platewise::sqlite {
namespace {

constexpr char kSelectFood[] =
    "SELECT id, source, description, food_group, protein_factor, fat_factor, carbohydrate_factor, "
    "coalesce(owner_id, 0), brand, coalesce(barcode, ''), coalesce(modified, '') FROM foods WHERE id = ?1 AND (?2 IS NULL OR owner_id IS NULL OR owner_id = ?2)";
constexpr char kSelectFoodNutrients[] =
    "SELECT nutrient_key, amount_per_100g FROM food_nutrients WHERE food_id = ?1";
constexpr char kSelectFoodPortions[] =
    "SELECT amount, unit, grams FROM portions WHERE food_id = ?1 ORDER BY seq";
constexpr char kInsertFood[] =
    "INSERT INTO foods (id, source, description, food_group, protein_factor, fat_factor, carbohydrate_factor, "
    "owner_id, brand) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr char kInsertFoodNutrient[] =
    "INSERT INTO food_nutrients (food_id, nutrient_key, amount_per_100g) VALUES (?1, ?2, ?3)";
constexpr char kInsertPortion[] =
    "INSERT INTO portions (food_id, seq, amount, unit, grams) VALUES (?1, ?2, ?3, ?4, ?5)";

}  // namespace

Status NoFoodWithId(const std::string& id) { return Status::NotFound("no food with id \"" + id + "\""); }

Result<Food> ReadFood(Database& db, const std::string& id, std::optional<UserId> viewer, UserId* owner) {
  auto sel = db.Prepare(kSelectFood);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, id);
  if (viewer) sel->Bind(2, *viewer); else sel->BindNull(2);
  auto row = sel->Step();
  if (!row.ok()) return row.status();
  if (!*row) return NoFoodWithId(id);
  if (owner) *owner = sel->ColumnInt(7);
  Food f;
  f.id = sel->ColumnText(0);
  f.source = sel->ColumnText(1);
  f.description = sel->ColumnText(2);
  f.food_group = sel->ColumnText(3);
  f.protein_factor = sel->ColumnOptionalDouble(4);
  f.fat_factor = sel->ColumnOptionalDouble(5);
  f.carbohydrate_factor = sel->ColumnOptionalDouble(6);
  f.brand = sel->ColumnText(8);
  f.barcode = sel->ColumnText(9);
  f.modified = sel->ColumnText(10);

  auto nut = db.Prepare(kSelectFoodNutrients);
  if (!nut.ok()) return nut.status();
  nut->Bind(1, id);
  while (true) {
    auto r = nut->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    f.per_100g.Set(nut->ColumnText(0), nut->ColumnDouble(1));
  }
  auto por = db.Prepare(kSelectFoodPortions);
  if (!por.ok()) return por.status();
  por->Bind(1, id);
  while (true) {
    auto r = por->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    f.portions.push_back({por->ColumnDouble(0), por->ColumnText(1), Grams(por->ColumnDouble(2))});
  }
  return f;
}

Status StepIds(Statement& sel, std::vector<std::string>& ids) {
  while (true) {
    auto r = sel.Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::Ok();
    ids.push_back(sel.ColumnText(0));
  }
}

Result<std::vector<SharedFood>> ReadSharedFoods(Database& db, const std::vector<std::string>& ids) {
  std::vector<SharedFood> foods;
  foods.reserve(ids.size());
  for (const std::string& id : ids) {
    auto f = ReadFood(db, id, std::nullopt);
    if (!f.ok()) return f.status();
    foods.push_back(std::make_shared<const Food>(std::move(*f)));
  }
  return foods;
}

Result<std::string> NextCustomFoodId(Database& db) {
  // A counter, not max(id) + 1: a deleted food's id stays unused. The
  // counter never hands out the id of a food already there (one a backup
  // restore wrote with its own id): a taken number is passed over. Each step
  // is two lookups by key, so writing many foods stays linear (a scan of
  // every custom id per new food made large imports quadratic).
  auto next = db.Prepare(kNextCustomNumberSql);
  if (!next.ok()) return next.status();
  auto taken = db.Prepare(kFoodIdTakenSql);
  if (!taken.ok()) return taken.status();
  for (;;) {
    next->Reset();
    auto row = next->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Internal("custom_food_numbers has no row");
    std::string id = "c";
    id += std::to_string(next->ColumnInt(0));
    taken->Reset();
    taken->Bind(1, id);
    auto used = taken->Step();
    if (!used.ok()) return used.status();
    if (!*used) return id;
  }
}

Status InsertOwnedFood(Database& db, const Food& f, UserId owner) {
  auto ins = db.Prepare(kInsertFood);
  if (!ins.ok()) return ins.status();
  ins->Bind(1, f.id);
  ins->Bind(2, f.source);
  ins->Bind(3, f.description);
  ins->Bind(4, f.food_group);
  ins->BindOptional(5, f.protein_factor);
  ins->BindOptional(6, f.fat_factor);
  ins->BindOptional(7, f.carbohydrate_factor);
  ins->Bind(8, owner);
  ins->Bind(9, f.brand);
  PW_RETURN_IF_ERROR(ins->Run());
  auto nut = db.Prepare(kInsertFoodNutrient);
  if (!nut.ok()) return nut.status();
  for (const auto& [key, amount] : f.per_100g.all()) {
    nut->Reset();
    nut->Bind(1, f.id);
    nut->Bind(2, key);
    nut->Bind(3, amount);
    PW_RETURN_IF_ERROR(nut->Run());
  }
  auto por = db.Prepare(kInsertPortion);
  if (!por.ok()) return por.status();
  std::int64_t seq = 0;
  for (const Portion& p : f.portions) {
    por->Reset();
    por->Bind(1, f.id);
    por->Bind(2, seq++);
    por->Bind(3, p.amount);
    por->Bind(4, p.unit);
    por->Bind(5, p.grams.value());
    PW_RETURN_IF_ERROR(por->Run());
  }
  return Status::Ok();
}

}  // namespace platewise::sqlite
