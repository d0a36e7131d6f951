// SqliteFoodRepository: bulk reads for nutrient suggestions and rankings.

#include "storage/sqlite/sqlite_food_repository.h"
#include "storage/sqlite/food_rows.h"

namespace platewise::sqlite {
namespace {

// Shared foods only (owner_id IS NULL): users' custom foods and recipes are
// private and never offered to anyone else.
constexpr char kSelectFoodsInGroup[] =
    "SELECT id FROM foods WHERE food_group = ?1 AND owner_id IS NULL ORDER BY id";
// ?1 nutrient key, ?2 limit. Ties by id, so the order is stable. Shared foods only.
constexpr char kTopPer100g[] =
    "SELECT fn.food_id, fn.amount_per_100g FROM food_nutrients fn "
    "JOIN foods f ON f.id = fn.food_id AND f.owner_id IS NULL "
    "WHERE fn.nutrient_key = ?1 AND fn.amount_per_100g > 0 "
    "ORDER BY fn.amount_per_100g DESC, fn.food_id LIMIT ?2";
constexpr char kTopPer100kcal[] =
    "SELECT fn.food_id, fn.amount_per_100g * 100.0 / e.amount_per_100g AS v FROM food_nutrients fn "
    "JOIN foods f ON f.id = fn.food_id AND f.owner_id IS NULL "
    "JOIN food_nutrients e ON e.food_id = fn.food_id AND e.nutrient_key = 'energy' AND e.amount_per_100g > 0 "
    "WHERE fn.nutrient_key = ?1 AND fn.amount_per_100g > 0 ORDER BY v DESC, fn.food_id LIMIT ?2";
constexpr char kTopPerPortion[] =
    "SELECT fn.food_id, fn.amount_per_100g * p.grams / 100.0 AS v FROM food_nutrients fn "
    "JOIN foods f ON f.id = fn.food_id AND f.owner_id IS NULL "
    "JOIN portions p ON p.food_id = fn.food_id AND p.seq = 0 "
    "WHERE fn.nutrient_key = ?1 AND fn.amount_per_100g > 0 ORDER BY v DESC, fn.food_id LIMIT ?2";

}  // namespace

Result<std::vector<SharedFood>> SqliteFoodRepository::ListFoodsInGroups(const std::vector<std::string>& groups) {
  auto lock = conn_->lock();
  std::vector<std::string> ids;
  for (const std::string& g : groups) {
    auto sel = conn_->db().Prepare(kSelectFoodsInGroup);
    if (!sel.ok()) return sel.status();
    sel->Bind(1, g);
    PW_RETURN_IF_ERROR(StepIds(*sel, ids));
  }
  return ReadSharedFoods(conn_->db(), ids);
}

Result<std::vector<RankedFood>> SqliteFoodRepository::TopFoodsByNutrient(const std::string& nutrient_key,
                                                                         RankBasis basis, int limit) {
  if (limit < 1 || limit > 1000) return Status::InvalidArgument("limit must be between 1 and 1000");
  const char* sql = basis == RankBasis::kPer100g      ? kTopPer100g
                    : basis == RankBasis::kPer100kcal ? kTopPer100kcal
                                                      : kTopPerPortion;
  auto lock = conn_->lock();
  auto sel = conn_->db().Prepare(sql);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, nutrient_key);
  sel->Bind(2, static_cast<std::int64_t>(limit));
  std::vector<std::pair<std::string, double>> rows;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    rows.emplace_back(sel->ColumnText(0), sel->ColumnDouble(1));
  }
  std::vector<RankedFood> out;
  for (const auto& [id, amount] : rows) {
    auto f = ReadFood(conn_->db(), id, std::nullopt);
    if (!f.ok()) return f.status();
    out.push_back({std::move(*f), amount});
  }
  return out;
}

}  // namespace platewise::sqlite
