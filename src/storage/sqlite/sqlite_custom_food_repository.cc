#include "storage/sqlite/sqlite_custom_food_repository.h"

#include "storage/sqlite/food_rows.h"

namespace platewise::sqlite {
namespace {

constexpr char kVisibleFood[] = "SELECT 1 FROM foods WHERE id = ?1 AND (owner_id IS NULL OR owner_id = ?2)";
constexpr char kInsertIngredient[] =
    "INSERT INTO recipe_ingredients (recipe_id, seq, owner_id, food_id, grams, amount_text) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
// Newest first: ids are "c" + a number one above the highest so far.
constexpr char kSelectOwnedFoods[] =
    "SELECT id FROM foods WHERE owner_id = ?1 ORDER BY CAST(substr(id, 2) AS INTEGER) DESC";
constexpr char kOwnsFood[] = "SELECT 1 FROM foods WHERE id = ?1 AND owner_id = ?2";
constexpr char kSelectRecipe[] =
    "SELECT f.description, i.food_id, i.grams, i.amount_text, "
    "  (SELECT p.grams FROM portions p WHERE p.food_id = f.id AND p.unit = 'serving') "
    "FROM foods f JOIN recipe_ingredients i ON i.recipe_id = f.id "
    "WHERE f.id = ?1 AND f.owner_id = ?2 ORDER BY i.seq";
constexpr char kDeleteOwnedFood[] = "DELETE FROM foods WHERE id = ?1 AND owner_id = ?2";
constexpr char kFoodInUse[] =
    "SELECT 1 FROM diary_entries WHERE owner_id = ?2 AND food_id = ?1 "
    "UNION ALL SELECT 1 FROM recipe_ingredients WHERE owner_id = ?2 AND food_id = ?1 LIMIT 1";
constexpr char kDeleteFavourite[] = "DELETE FROM favourite_foods WHERE owner_id = ?2 AND food_id = ?1";

}  // namespace

Result<Food> SqliteCustomFoodRepository::InsertLocked(UserId owner, Food food) {
  Database& db = conn_->db();
  auto id = NextCustomFoodId(db);
  if (!id.ok()) return id.status();
  food.id = *id;
  PW_RETURN_IF_ERROR(InsertOwnedFood(db, food, owner));
  return food;
}

Result<Food> SqliteCustomFoodRepository::CreateFood(UserId owner, const Food& food) {
  auto lock = conn_->lock();
  Transaction tx(conn_->db());
  PW_RETURN_IF_ERROR(tx.Begin());
  auto stored = InsertLocked(owner, food);
  if (!stored.ok()) return stored;
  PW_RETURN_IF_ERROR(tx.Commit());
  return stored;
}

Result<Food> SqliteCustomFoodRepository::CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  auto visible = db.Prepare(kVisibleFood);
  if (!visible.ok()) return visible.status();
  for (const RecipeIngredient& in : recipe.ingredients) {
    visible->Reset();
    visible->Bind(1, in.food_id);
    visible->Bind(2, owner);
    auto found = visible->Step();
    if (!found.ok()) return found.status();
    if (!*found) return Status::NotFound("no food with id \"" + in.food_id + "\"");
  }
  auto stored = InsertLocked(owner, food);
  if (!stored.ok()) return stored;
  auto ins = db.Prepare(kInsertIngredient);
  if (!ins.ok()) return ins.status();
  std::int64_t seq = 0;
  for (const RecipeIngredient& in : recipe.ingredients) {
    ins->Reset();
    ins->Bind(1, stored->id);
    ins->Bind(2, seq++);
    ins->Bind(3, owner);
    ins->Bind(4, in.food_id);
    ins->Bind(5, in.grams.value());
    ins->Bind(6, in.amount_text);
    PW_RETURN_IF_ERROR(ins->Run());
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  return stored;
}

Result<std::vector<Food>> SqliteCustomFoodRepository::ListFoods(UserId owner) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  auto sel = db.Prepare(kSelectOwnedFoods);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  std::vector<std::string> ids;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    ids.push_back(sel->ColumnText(0));
  }
  std::vector<Food> foods;
  for (const auto& id : ids) {
    auto f = ReadFood(db, id, owner);
    if (!f.ok()) return f.status();
    foods.push_back(std::move(*f));
  }
  return foods;
}

Result<Recipe> SqliteCustomFoodRepository::GetRecipe(UserId owner, const std::string& food_id) {
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(kSelectRecipe);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, food_id);
  sel->Bind(2, owner);
  Recipe recipe;
  double total = 0, serving = 0;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    recipe.name = sel->ColumnText(0);
    recipe.ingredients.push_back({sel->ColumnText(1), Grams(sel->ColumnDouble(2)), sel->ColumnText(3)});
    total += sel->ColumnDouble(2);
    serving = sel->ColumnDouble(4);
  }
  if (recipe.ingredients.empty()) return Status::NotFound("no recipe with id \"" + food_id + "\"");
  recipe.servings = serving > 0 ? total / serving : 1;
  return recipe;
}

Status SqliteCustomFoodRepository::DeleteFood(UserId owner, const std::string& food_id) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  // Ownership first: a food the caller does not own is NotFound, never "in use".
  auto owns = db.Prepare(kOwnsFood);
  if (!owns.ok()) return owns.status();
  owns->Bind(1, food_id);
  owns->Bind(2, owner);
  auto owned = owns->Step();
  if (!owned.ok()) return owned.status();
  if (!*owned) return Status::NotFound("no custom food with id \"" + food_id + "\"");
  auto used = db.Prepare(kFoodInUse);
  if (!used.ok()) return used.status();
  used->Bind(1, food_id);
  used->Bind(2, owner);
  auto in_use = used->Step();
  if (!in_use.ok()) return in_use.status();
  if (*in_use) {
    return Status::Conflict("food " + food_id + " is used by diary entries or recipes; delete those first");
  }
  for (const char* sql : {kDeleteFavourite, kDeleteOwnedFood}) {
    auto del = db.Prepare(sql);
    if (!del.ok()) return del.status();
    del->Bind(1, food_id);
    del->Bind(2, owner);
    PW_RETURN_IF_ERROR(del->Run());
  }
  if (db.Changes() == 0) return Status::NotFound("no custom food with id \"" + food_id + "\"");
  return tx.Commit();
}

}  // namespace platewise::sqlite
