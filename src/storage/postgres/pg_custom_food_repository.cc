#include <set>

#include "storage/postgres/pg_arrays.h"
#include "storage/postgres/pg_food_rows.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

// Custom food ids are "c" + a number from a sequence: unique across servers
// writing at once, and a newer food has a greater number.
constexpr char kNextCustomId[] = "SELECT 'c' || nextval('custom_food_numbers')";
constexpr char kCountVisible[] =
    "SELECT count(DISTINCT id) FROM foods WHERE id = ANY($1::text[]) AND (owner_id IS NULL OR owner_id = $2)";
constexpr char kInsertIngredients[] =
    "INSERT INTO recipe_ingredients (owner_id, recipe_id, seq, food_id, grams, amount_text) "
    "SELECT $1, $2, s - 1, f, g, t FROM unnest($3::text[], $4::float8[], $5::text[]) WITH ORDINALITY AS i(f, g, t, s)";
constexpr char kSelectOwnedFoods[] = "SELECT id FROM foods WHERE owner_id = $1 ORDER BY substr(id, 2)::bigint DESC";
constexpr char kOwnsFood[] = "SELECT 1 FROM foods WHERE id = $1 AND owner_id = $2";
constexpr char kSelectRecipe[] =
    "SELECT f.description, i.food_id, i.grams, i.amount_text, "
    "  (SELECT p.grams FROM portions p WHERE p.food_id = f.id AND p.unit = 'serving' ORDER BY p.seq LIMIT 1) "
    "FROM foods f JOIN recipe_ingredients i ON i.recipe_id = f.id AND i.owner_id = f.owner_id "
    "WHERE f.id = $1 AND f.owner_id = $2 ORDER BY i.seq";
constexpr char kFoodInUse[] =
    "SELECT 1 FROM diary_entries WHERE owner_id = $2 AND food_id = $1 "
    "UNION ALL SELECT 1 FROM recipe_ingredients WHERE owner_id = $2 AND food_id = $1 LIMIT 1";
constexpr char kDeleteFavourite[] = "DELETE FROM favourite_foods WHERE owner_id = $2 AND food_id = $1";
constexpr char kDeleteOwnedFood[] = "DELETE FROM foods WHERE id = $1 AND owner_id = $2";

Result<Food> Insert(Connection& c, UserId owner, Food food) {
  auto id = c.Query(kNextCustomId);
  if (!id.ok()) return id.status();
  food.id = id->Text(0, 0);
  PW_RETURN_IF_ERROR(InsertOwnedFood(c, food, owner));
  return food;
}

}  // namespace

Result<Food> PgCustomFoodRepository::CreateFood(UserId owner, const Food& food) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) { return Insert(c, owner, food); });
}

Result<Food> PgCustomFoodRepository::CreateRecipe(UserId owner, const Food& food, const Recipe& recipe) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Result<Food> {
    std::vector<std::string> ids;
    ArrayLiteral grams, texts;
    for (const RecipeIngredient& in : recipe.ingredients) {
      ids.push_back(in.food_id);
      grams.Add(in.grams.value());
      texts.Add(std::string_view(in.amount_text));
    }
    const std::string id_array = TextArray(ids);
    auto visible = c.Query(kCountVisible, Params(id_array, owner));
    if (!visible.ok()) return visible.status();
    std::set<std::string> distinct(ids.begin(), ids.end());
    if (visible->Int(0, 0) != static_cast<std::int64_t>(distinct.size())) {
      for (const std::string& id : distinct) {
        auto one = c.Query(kCountVisible, Params(TextArray({id}), owner));
        if (!one.ok()) return one.status();
        if (one->Int(0, 0) == 0) return Status::NotFound("no food with id \"" + id + "\"");
      }
    }
    auto stored = Insert(c, owner, food);
    if (!stored.ok()) return stored;
    if (!ids.empty()) {
      PW_RETURN_IF_ERROR(
          c.Query(kInsertIngredients, Params(owner, stored->id, id_array, grams.Text(), texts.Text())).status());
    }
    return stored;
  });
}

Result<std::vector<Food>> PgCustomFoodRepository::ListFoods(UserId owner) {
  return pool_->Transact(Isolation::kRepeatableReadOnly, [&](Connection& c) -> Result<std::vector<Food>> {
    auto rows = c.Query(kSelectOwnedFoods, Params(owner));
    if (!rows.ok()) return rows.status();
    std::vector<std::string> ids;
    for (int r = 0; r < rows->size(); ++r) ids.push_back(rows->Text(r, 0));
    return ReadFoods(c, ids, owner);
  });
}

Result<Recipe> PgCustomFoodRepository::GetRecipe(UserId owner, const std::string& food_id) {
  return pool_->Run([&](Connection& c) -> Result<Recipe> {
    auto rows = c.Query(kSelectRecipe, Params(food_id, owner));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return Status::NotFound("no recipe with id \"" + food_id + "\"");
    Recipe recipe;
    double total = 0, serving = 0;
    for (int r = 0; r < rows->size(); ++r) {
      recipe.name = rows->Text(r, 0);
      recipe.ingredients.push_back({rows->Text(r, 1), Grams(rows->Double(r, 2)), rows->Text(r, 3)});
      total += rows->Double(r, 2);
      serving = rows->Double(r, 4);
    }
    recipe.servings = serving > 0 ? total / serving : 1;
    return recipe;
  });
}

Status PgCustomFoodRepository::DeleteFood(UserId owner, const std::string& food_id) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    // Ownership first: a food the caller does not own is NotFound, never "in use".
    auto owns = c.Query(kOwnsFood, Params(food_id, owner));
    if (!owns.ok()) return owns.status();
    if (owns->empty()) return Status::NotFound("no custom food with id \"" + food_id + "\"");
    auto used = c.Query(kFoodInUse, Params(food_id, owner));
    if (!used.ok()) return used.status();
    if (!used->empty()) {
      return Status::Conflict("food " + food_id + " is used by diary entries or recipes; delete those first");
    }
    PW_RETURN_IF_ERROR(c.Query(kDeleteFavourite, Params(food_id, owner)).status());
    auto del = c.Query(kDeleteOwnedFood, Params(food_id, owner));
    if (!del.ok()) return del.status();
    if (del->affected() == 0) return Status::NotFound("no custom food with id \"" + food_id + "\"");
    return Status::Ok();
  });
}

}  // namespace platewise::postgres
