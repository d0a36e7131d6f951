#include <set>

#include "storage/postgres/pg_arrays.h"
#include "storage/postgres/pg_food_rows.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kCountFoods[] = "SELECT count(*) FROM foods";
constexpr char kSelectByBarcode[] = "SELECT id FROM foods WHERE barcode = $1 AND owner_id IS NULL ORDER BY id";
constexpr char kSelectListings[] =
    "SELECT f.id, f.description, f.food_group, f.source, "
    "(SELECT count(*) FROM portions p WHERE p.food_id = f.id), coalesce(f.owner_id, 0), f.brand "
    "FROM foods f ORDER BY f.id";
constexpr char kSelectNutrients[] = "SELECT key, name, unit, usda_number FROM nutrients ORDER BY seq";
// Shared foods only (owner_id IS NULL): users' custom foods and recipes are
// private and never offered to anyone else.
constexpr char kSelectFoodsInGroups[] =
    "SELECT f.id FROM unnest($1::text[]) WITH ORDINALITY AS g(name, n) "
    "JOIN foods f ON f.food_group = g.name AND f.owner_id IS NULL ORDER BY g.n, f.id";
// $1 nutrient key, $2 limit. Ties by id, so the order is stable. Shared foods only.
constexpr char kTopPer100g[] =
    "SELECT fn.food_id, fn.amount_per_100g FROM food_nutrients fn "
    "JOIN foods f ON f.id = fn.food_id AND f.owner_id IS NULL "
    "WHERE fn.nutrient_key = $1 AND fn.amount_per_100g > 0 "
    "ORDER BY fn.amount_per_100g DESC, fn.food_id LIMIT $2";
constexpr char kTopPer100kcal[] =
    "SELECT fn.food_id, fn.amount_per_100g * 100.0 / e.amount_per_100g AS v FROM food_nutrients fn "
    "JOIN foods f ON f.id = fn.food_id AND f.owner_id IS NULL "
    "JOIN food_nutrients e ON e.food_id = fn.food_id AND e.nutrient_key = 'energy' AND e.amount_per_100g > 0 "
    "WHERE fn.nutrient_key = $1 AND fn.amount_per_100g > 0 ORDER BY v DESC, fn.food_id LIMIT $2";
constexpr char kTopPerPortion[] =
    "SELECT fn.food_id, fn.amount_per_100g * p.grams / 100.0 AS v FROM food_nutrients fn "
    "JOIN foods f ON f.id = fn.food_id AND f.owner_id IS NULL "
    "JOIN portions p ON p.food_id = fn.food_id AND p.seq = 0 "
    "WHERE fn.nutrient_key = $1 AND fn.amount_per_100g > 0 ORDER BY v DESC, fn.food_id LIMIT $2";

Result<SharedFood> Shared(Result<Food> food) {
  if (!food.ok()) return food.status();
  return std::make_shared<const Food>(std::move(*food));
}

// The foods whose ids `id_query` gives, in its order, read in one snapshot.
Result<std::vector<SharedFood>> FoodsOfIdQuery(Pool& pool, const char* id_query, const Params& params) {
  auto foods = pool.Transact(Isolation::kRepeatableReadOnly, [&](Connection& c) -> Result<std::vector<Food>> {
    auto rows = c.Query(id_query, params);
    if (!rows.ok()) return rows.status();
    std::vector<std::string> ids;
    for (int r = 0; r < rows->size(); ++r) ids.push_back(rows->Text(r, 0));
    return ReadFoods(c, ids, std::nullopt);
  });
  if (!foods.ok()) return foods.status();
  std::vector<SharedFood> out;
  out.reserve(foods->size());
  for (Food& f : *foods) out.push_back(std::make_shared<const Food>(std::move(f)));
  return out;
}

}  // namespace

Result<std::int64_t> PgFoodRepository::CountFoods() {
  return pool_->Run([&](Connection& c) -> Result<std::int64_t> {
    auto rows = c.Query(kCountFoods);
    if (!rows.ok()) return rows.status();
    return rows->Int(0, 0);
  });
}

Result<SharedFood> PgFoodRepository::GetFood(const std::string& id) {
  return Shared(
      pool_->Transact(Isolation::kRepeatableReadOnly, [&](Connection& c) { return ReadFood(c, id, std::nullopt); }));
}

Result<SharedFood> PgFoodRepository::GetVisibleFood(UserId viewer, const std::string& id) {
  return Shared(
      pool_->Transact(Isolation::kRepeatableReadOnly, [&](Connection& c) { return ReadFood(c, id, viewer); }));
}

Result<std::vector<SharedFood>> PgFoodRepository::FindFoodsByBarcode(const std::string& gtin) {
  return FoodsOfIdQuery(*pool_, kSelectByBarcode, Params(gtin));
}

Result<std::vector<FoodListing>> PgFoodRepository::ListFoodListings() {
  return pool_->Run([&](Connection& c) -> Result<std::vector<FoodListing>> {
    auto rows = c.Query(kSelectListings);
    if (!rows.ok()) return rows.status();
    std::vector<FoodListing> out;
    out.reserve(static_cast<std::size_t>(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
      out.push_back({rows->Text(r, 0), rows->Text(r, 1), rows->Text(r, 2), rows->Text(r, 3),
                     static_cast<int>(rows->Int(r, 4)), rows->Int(r, 5), rows->Text(r, 6)});
    }
    return out;
  });
}

Result<std::vector<Nutrient>> PgFoodRepository::ListNutrients() {
  return pool_->Run([&](Connection& c) -> Result<std::vector<Nutrient>> {
    auto rows = c.Query(kSelectNutrients);
    if (!rows.ok()) return rows.status();
    std::vector<Nutrient> out;
    for (int r = 0; r < rows->size(); ++r) {
      Nutrient n{rows->Text(r, 0), rows->Text(r, 1), rows->Text(r, 2), std::nullopt};
      if (!rows->IsNull(r, 3)) n.usda_number = static_cast<int>(rows->Int(r, 3));
      out.push_back(std::move(n));
    }
    return out;
  });
}

Result<std::vector<SharedFood>> PgFoodRepository::ListFoodsInGroups(const std::vector<std::string>& groups) {
  return FoodsOfIdQuery(*pool_, kSelectFoodsInGroups, Params(TextArray(groups)));
}

Result<std::vector<RankedFood>> PgFoodRepository::TopFoodsByNutrient(const std::string& nutrient_key, RankBasis basis,
                                                                     int limit) {
  if (limit < 1 || limit > 1000) return Status::InvalidArgument("limit must be between 1 and 1000");
  const char* sql = basis == RankBasis::kPer100g      ? kTopPer100g
                    : basis == RankBasis::kPer100kcal ? kTopPer100kcal
                                                      : kTopPerPortion;
  return pool_->Transact(Isolation::kRepeatableReadOnly, [&](Connection& c) -> Result<std::vector<RankedFood>> {
    auto rows = c.Query(sql, Params(nutrient_key, limit));
    if (!rows.ok()) return rows.status();
    std::vector<std::string> ids;
    for (int r = 0; r < rows->size(); ++r) ids.push_back(rows->Text(r, 0));
    auto foods = ReadFoods(c, ids, std::nullopt);
    if (!foods.ok()) return foods.status();
    if (foods->size() != ids.size()) return Status::Internal("a ranked food vanished within one snapshot");
    std::vector<RankedFood> out;
    for (int r = 0; r < rows->size(); ++r) {
      out.push_back({std::move((*foods)[static_cast<std::size_t>(r)]), rows->Double(r, 1)});
    }
    return out;
  });
}

}  // namespace platewise::postgres
