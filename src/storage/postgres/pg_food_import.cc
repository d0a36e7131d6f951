// PgFoodRepository::ImportDataset: a whole dataset in one transaction, in
// batches of foods (each batch a few statements over arrays), so that the
// bundled data (thousands of foods, ~150 values each) takes seconds, not
// one round trip per value.

#include <algorithm>

#include "storage/postgres/pg_arrays.h"
#include "storage/postgres/pg_migrations.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kLockImports[] = "SELECT pg_advisory_xact_lock($1)";
constexpr char kSelectDatasetChecksum[] = "SELECT checksum FROM datasets WHERE source = $1";
constexpr char kUpsertDataset[] =
    "INSERT INTO datasets (source, checksum) VALUES ($1, $2) "
    "ON CONFLICT (source) DO UPDATE SET checksum = excluded.checksum, imported_at = now()";
constexpr char kUpsertNutrient[] =
    "INSERT INTO nutrients (key, name, unit, usda_number) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (key) DO UPDATE SET name = excluded.name, unit = excluded.unit, usda_number = excluded.usda_number";
constexpr char kUpsertFoods[] =
    "INSERT INTO foods (id, source, description, food_group, protein_factor, fat_factor, carbohydrate_factor, "
    "brand, barcode) "
    "SELECT i, $2, d, g, p, f, c, b, nullif(u, '') FROM unnest($1::text[], $3::text[], $4::text[], $5::float8[], "
    "$6::float8[], $7::float8[], $8::text[], $9::text[]) AS t(i, d, g, p, f, c, b, u) "
    "ON CONFLICT (id) DO UPDATE SET source = excluded.source, description = excluded.description, "
    "food_group = excluded.food_group, protein_factor = excluded.protein_factor, "
    "fat_factor = excluded.fat_factor, carbohydrate_factor = excluded.carbohydrate_factor, "
    "brand = excluded.brand, barcode = excluded.barcode";
constexpr char kDeleteNutrients[] = "DELETE FROM food_nutrients WHERE food_id = ANY($1::text[])";
constexpr char kDeletePortions[] = "DELETE FROM portions WHERE food_id = ANY($1::text[])";
constexpr char kInsertNutrients[] =
    "INSERT INTO food_nutrients (food_id, nutrient_key, amount_per_100g) "
    "SELECT * FROM unnest($1::text[], $2::text[], $3::float8[])";
constexpr char kInsertPortions[] =
    "INSERT INTO portions (food_id, seq, amount, unit, grams) "
    "SELECT * FROM unnest($1::text[], $2::int[], $3::float8[], $4::text[], $5::float8[])";
// The shared foods of the source that the dataset no longer has go, unless
// a diary entry or a recipe still uses one (a past day must still add up).
constexpr char kDeleteFoodsNotIn[] =
    "DELETE FROM foods f WHERE f.source = $1 AND f.owner_id IS NULL AND NOT (f.id = ANY($2::text[])) "
    "AND NOT EXISTS (SELECT 1 FROM diary_entries d WHERE d.food_id = f.id) "
    "AND NOT EXISTS (SELECT 1 FROM recipe_ingredients r WHERE r.food_id = f.id)";

constexpr std::size_t kBatch = 500;

Status WriteBatch(Connection& c, const FoodDataset& dataset, std::size_t begin, std::size_t end) {
  std::vector<std::string> ids;
  ArrayLiteral descriptions, groups, protein, fat, carbohydrate, brands, barcodes;
  ArrayLiteral n_food, n_key, n_amount;
  ArrayLiteral p_food, p_seq, p_amount, p_unit, p_grams;
  for (std::size_t i = begin; i < end; ++i) {
    const Food& f = dataset.foods[i];
    ids.push_back(f.id);
    descriptions.Add(std::string_view(f.description));
    groups.Add(std::string_view(f.food_group));
    protein.Add(f.protein_factor);
    fat.Add(f.fat_factor);
    carbohydrate.Add(f.carbohydrate_factor);
    brands.Add(std::string_view(f.brand));
    barcodes.Add(std::string_view(f.barcode));
    for (const auto& [key, amount] : f.per_100g.all()) {
      n_food.Add(std::string_view(f.id));
      n_key.Add(std::string_view(key));
      n_amount.Add(amount);
    }
    long long seq = 0;
    for (const Portion& p : f.portions) {
      p_food.Add(std::string_view(f.id));
      p_seq.Add(seq++);
      p_amount.Add(p.amount);
      p_unit.Add(std::string_view(p.unit));
      p_grams.Add(p.grams.value());
    }
  }
  const std::string id_array = TextArray(ids);
  PW_RETURN_IF_ERROR(c.Query(kUpsertFoods, Params(id_array, dataset.source, descriptions.Text(), groups.Text(),
                                                  protein.Text(), fat.Text(), carbohydrate.Text(), brands.Text(),
                                                  barcodes.Text()))
                         .status());
  PW_RETURN_IF_ERROR(c.Query(kDeleteNutrients, Params(id_array)).status());
  PW_RETURN_IF_ERROR(c.Query(kDeletePortions, Params(id_array)).status());
  if (!n_food.empty()) {
    PW_RETURN_IF_ERROR(c.Query(kInsertNutrients, Params(n_food.Text(), n_key.Text(), n_amount.Text())).status());
  }
  if (!p_food.empty()) {
    PW_RETURN_IF_ERROR(
        c.Query(kInsertPortions, Params(p_food.Text(), p_seq.Text(), p_amount.Text(), p_unit.Text(), p_grams.Text()))
            .status());
  }
  return Status::Ok();
}

}  // namespace

Result<ImportOutcome> PgFoodRepository::ImportDataset(const FoodDataset& dataset) {
  ImportOutcome counts;
  for (const Food& f : dataset.foods) {
    counts.foods++;
    counts.nutrient_values += static_cast<std::int64_t>(f.per_100g.all().size());
    counts.portions += static_cast<std::int64_t>(f.portions.size());
  }
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Result<ImportOutcome> {
    ImportOutcome outcome = counts;
    // Held to the end of the transaction: a second importer waits here, then
    // finds the checksum the first one committed.
    PW_RETURN_IF_ERROR(c.Query(kLockImports, Params(kImportLock)).status());
    auto checksum = c.Query(kSelectDatasetChecksum, Params(dataset.source));
    if (!checksum.ok()) return checksum.status();
    if (!checksum->empty() && checksum->View(0, 0) == dataset.checksum) return outcome;  // unchanged
    for (const Nutrient& n : dataset.nutrients) {
      std::optional<long long> number;
      if (n.usda_number) number = *n.usda_number;
      PW_RETURN_IF_ERROR(c.Query(kUpsertNutrient, Params(n.key, n.name, n.unit, number)).status());
    }
    for (std::size_t begin = 0; begin < dataset.foods.size(); begin += kBatch) {
      PW_RETURN_IF_ERROR(WriteBatch(c, dataset, begin, std::min(dataset.foods.size(), begin + kBatch)));
    }
    std::vector<std::string> keep;
    keep.reserve(dataset.foods.size());
    for (const Food& f : dataset.foods) keep.push_back(f.id);
    PW_RETURN_IF_ERROR(c.Query(kDeleteFoodsNotIn, Params(dataset.source, TextArray(keep))).status());
    PW_RETURN_IF_ERROR(c.Query(kUpsertDataset, Params(dataset.source, dataset.checksum)).status());
    outcome.changed = true;
    return outcome;
  });
}

}  // namespace platewise::postgres
