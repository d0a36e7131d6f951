#include "storage/postgres/pg_food_rows.h"

#include <unordered_map>

#include "storage/postgres/pg_arrays.h"

namespace platewise::postgres {
namespace {

constexpr char kSelectFoods[] =
    "SELECT id, source, description, food_group, protein_factor, fat_factor, carbohydrate_factor, brand, "
    "coalesce(barcode, ''), coalesce(modified, '') FROM foods WHERE id = ANY($1::text[]) AND ($2::bigint IS NULL OR owner_id IS NULL OR owner_id = $2)";
constexpr char kSelectNutrients[] =
    "SELECT food_id, nutrient_key, amount_per_100g FROM food_nutrients WHERE food_id = ANY($1::text[])";
constexpr char kSelectPortions[] =
    "SELECT food_id, amount, unit, grams FROM portions WHERE food_id = ANY($1::text[]) ORDER BY food_id, seq";
constexpr char kInsertFood[] =
    "INSERT INTO foods (id, source, description, food_group, protein_factor, fat_factor, carbohydrate_factor, "
    "owner_id, brand) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr char kInsertNutrients[] =
    "INSERT INTO food_nutrients (food_id, nutrient_key, amount_per_100g) "
    "SELECT $1, k, a FROM unnest($2::text[], $3::float8[]) AS n(k, a)";
constexpr char kInsertPortions[] =
    "INSERT INTO portions (food_id, seq, amount, unit, grams) "
    "SELECT $1, s - 1, a, u, g FROM unnest($2::float8[], $3::text[], $4::float8[]) WITH ORDINALITY AS p(a, u, g, s)";

}  // namespace

Status NoFoodWithId(const std::string& id) { return Status::NotFound("no food with id \"" + id + "\""); }

Result<std::vector<Food>> ReadFoods(Connection& conn, const std::vector<std::string>& ids,
                                    std::optional<UserId> viewer) {
  if (ids.empty()) return std::vector<Food>{};
  const std::string id_array = TextArray(ids);
  auto foods = conn.Query(kSelectFoods, Params(id_array, viewer));
  if (!foods.ok()) return foods.status();
  std::unordered_map<std::string, Food> by_id;
  for (int r = 0; r < foods->size(); ++r) {
    Food f;
    f.id = foods->Text(r, 0);
    f.source = foods->Text(r, 1);
    f.description = foods->Text(r, 2);
    f.food_group = foods->Text(r, 3);
    f.protein_factor = foods->OptionalDouble(r, 4);
    f.fat_factor = foods->OptionalDouble(r, 5);
    f.carbohydrate_factor = foods->OptionalDouble(r, 6);
    f.brand = foods->Text(r, 7);
    f.barcode = foods->Text(r, 8);
    f.modified = foods->Text(r, 9);
    std::string id = f.id;
    by_id.emplace(std::move(id), std::move(f));
  }
  if (!by_id.empty()) {
    auto nutrients = conn.Query(kSelectNutrients, Params(id_array));
    if (!nutrients.ok()) return nutrients.status();
    for (int r = 0; r < nutrients->size(); ++r) {
      auto it = by_id.find(nutrients->Text(r, 0));
      if (it != by_id.end()) it->second.per_100g.Set(nutrients->Text(r, 1), nutrients->Double(r, 2));
    }
    auto portions = conn.Query(kSelectPortions, Params(id_array));
    if (!portions.ok()) return portions.status();
    for (int r = 0; r < portions->size(); ++r) {
      auto it = by_id.find(portions->Text(r, 0));
      if (it != by_id.end()) {
        it->second.portions.push_back({portions->Double(r, 1), portions->Text(r, 2), Grams(portions->Double(r, 3))});
      }
    }
  }
  std::vector<Food> out;
  out.reserve(by_id.size());
  for (const std::string& id : ids) {
    auto it = by_id.find(id);
    if (it != by_id.end()) out.push_back(it->second);
  }
  return out;
}

Result<Food> ReadFood(Connection& conn, const std::string& id, std::optional<UserId> viewer) {
  auto foods = ReadFoods(conn, {id}, viewer);
  if (!foods.ok()) return foods.status();
  if (foods->empty()) return NoFoodWithId(id);
  return std::move(foods->front());
}

Status InsertOwnedFood(Connection& conn, const Food& f, UserId owner) {
  auto ins = conn.Query(kInsertFood, Params(f.id, f.source, f.description, f.food_group, f.protein_factor, f.fat_factor,
                                            f.carbohydrate_factor, owner, f.brand));
  if (!ins.ok()) return ins.status();
  ArrayLiteral keys, amounts;
  for (const auto& [key, amount] : f.per_100g.all()) {
    keys.Add(std::string_view(key));
    amounts.Add(amount);
  }
  if (!keys.empty()) {
    PW_RETURN_IF_ERROR(conn.Query(kInsertNutrients, Params(f.id, keys.Text(), amounts.Text())).status());
  }
  ArrayLiteral portion_amounts, units, grams;
  for (const Portion& p : f.portions) {
    portion_amounts.Add(p.amount);
    units.Add(std::string_view(p.unit));
    grams.Add(p.grams.value());
  }
  if (!units.empty()) {
    PW_RETURN_IF_ERROR(
        conn.Query(kInsertPortions, Params(f.id, portion_amounts.Text(), units.Text(), grams.Text())).status());
  }
  return Status::Ok();
}

}  // namespace platewise::postgres
