// PgFoodRepository::StreamDataset: a dataset in one transaction, written as
// it is read in batches of foods (each batch a few statements over arrays),
// so that the bundled data (thousands of foods, ~150 values each) takes
// seconds, not one round trip per value, and a dataset of millions holds
// one batch in memory.

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

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
    "brand, barcode, modified) "
    "SELECT i, $2, d, g, p, f, c, b, nullif(u, ''), nullif(m, '') FROM unnest($1::text[], $3::text[], $4::text[], "
    "$5::float8[], $6::float8[], $7::float8[], $8::text[], $9::text[], $10::text[]) AS t(i, d, g, p, f, c, b, u, m) "
    "ON CONFLICT (id) DO UPDATE SET source = excluded.source, description = excluded.description, "
    "food_group = excluded.food_group, protein_factor = excluded.protein_factor, "
    "fat_factor = excluded.fat_factor, carbohydrate_factor = excluded.carbohydrate_factor, "
    "brand = excluded.brand, barcode = excluded.barcode, modified = excluded.modified";
constexpr char kDeleteNutrients[] = "DELETE FROM food_nutrients WHERE food_id = ANY($1::text[])";
constexpr char kDeletePortions[] = "DELETE FROM portions WHERE food_id = ANY($1::text[])";
constexpr char kInsertNutrients[] =
    "INSERT INTO food_nutrients (food_id, nutrient_key, amount_per_100g) "
    "SELECT * FROM unnest($1::text[], $2::text[], $3::float8[])";
constexpr char kInsertPortions[] =
    "INSERT INTO portions (food_id, seq, amount, unit, grams) "
    "SELECT * FROM unnest($1::text[], $2::int[], $3::float8[], $4::text[], $5::float8[])";
// The ids one import was given, and whether the food's data is now the
// dataset's (false: the stored data was newer): a temporary table, so that a
// dataset of millions of foods is not held in memory.
constexpr char kCreateSeen[] =
    "CREATE TEMP TABLE import_seen (id text COLLATE \"C\" PRIMARY KEY, written boolean NOT NULL) ON COMMIT DROP";
constexpr char kMarkSeen[] =
    "INSERT INTO import_seen (id, written) SELECT * FROM unnest($1::text[], $2::boolean[]) "
    "ON CONFLICT (id) DO UPDATE SET written = import_seen.written OR excluded.written";
constexpr char kCountSeen[] = "SELECT count(*), count(*) FILTER (WHERE written) FROM import_seen";
constexpr char kSelectStoredModified[] =
    "SELECT id, coalesce(modified, '') FROM foods WHERE id = ANY($1::text[]) AND owner_id IS NULL";
// The shared foods of the source that the import was not given, and
// removing those of them that no diary entry or recipe uses (a past day
// must still add up).
constexpr char kSelectUnseenSourceFoods[] =
    "SELECT f.id, coalesce(f.modified, '') FROM foods f WHERE f.source = $1 AND f.owner_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM import_seen s WHERE s.id = f.id)";
constexpr char kDeleteUnusedFoods[] =
    "DELETE FROM foods f WHERE f.id = ANY($1::text[]) AND f.owner_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM diary_entries d WHERE d.food_id = f.id) "
    "AND NOT EXISTS (SELECT 1 FROM recipe_ingredients r WHERE r.food_id = f.id)";

constexpr std::size_t kBatch = 500;

// Writes `batch` (foods given in this order): each food unless the store's
// data for its id is newer, or a later food of the batch has the same id and
// is not older. Adds the batch's ids to import_seen.
Status WriteBatch(Connection& c, const std::string& source, const std::vector<Food>& batch, ImportOutcome& outcome) {
  std::vector<std::string> all_ids;
  for (const Food& f : batch) all_ids.push_back(f.id);
  auto stored = c.Query(kSelectStoredModified, Params(TextArray(all_ids)));
  if (!stored.ok()) return stored.status();
  std::unordered_map<std::string, std::string> current;  // id -> the modified its data has so far
  for (int r = 0; r < stored->size(); ++r) current[stored->Text(r, 0)] = stored->Text(r, 1);
  // The winner of each id within the batch (the stored data counts first).
  std::unordered_map<std::string, const Food*> winner;
  for (const Food& f : batch) {
    auto it = current.find(f.id);
    if (it != current.end() && StoredFoodIsNewer(it->second, f.modified)) continue;
    current[f.id] = f.modified;
    winner[f.id] = &f;
  }
  std::vector<std::string> ids;
  ArrayLiteral descriptions, groups, protein, fat, carbohydrate, brands, barcodes, modified;
  ArrayLiteral n_food, n_key, n_amount;
  ArrayLiteral p_food, p_seq, p_amount, p_unit, p_grams;
  for (const Food& f : batch) {
    auto w = winner.find(f.id);
    if (w == winner.end() || w->second != &f) continue;
    ids.push_back(f.id);
    descriptions.Add(std::string_view(f.description));
    groups.Add(std::string_view(f.food_group));
    protein.Add(f.protein_factor);
    fat.Add(f.fat_factor);
    carbohydrate.Add(f.carbohydrate_factor);
    brands.Add(std::string_view(f.brand));
    barcodes.Add(std::string_view(f.barcode));
    modified.Add(std::string_view(f.modified));
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
    outcome.nutrient_values += static_cast<std::int64_t>(f.per_100g.all().size());
    outcome.portions += static_cast<std::int64_t>(f.portions.size());
  }
  // One row per id (an INSERT cannot update one row twice): the batch's
  // ids, each written or not.
  ArrayLiteral seen_ids, seen_written;
  std::unordered_set<std::string> marked;
  for (const Food& f : batch) {
    if (!marked.insert(f.id).second) continue;
    seen_ids.Add(std::string_view(f.id));
    seen_written.Add(std::string_view(winner.count(f.id) ? "t" : "f"));
  }
  PW_RETURN_IF_ERROR(c.Query(kMarkSeen, Params(seen_ids.Text(), seen_written.Text())).status());
  if (ids.empty()) return Status::Ok();
  const std::string id_array = TextArray(ids);
  PW_RETURN_IF_ERROR(c.Query(kUpsertFoods, Params(id_array, source, descriptions.Text(), groups.Text(),
                                                  protein.Text(), fat.Text(), carbohydrate.Text(), brands.Text(),
                                                  barcodes.Text(), modified.Text()))
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

// Removes the source's foods that the import was not given, unless in use
// or newer than `newest` (the latest Food::modified of the dataset).
Status DeleteFoodsNotIn(Connection& c, const std::string& source, const std::string& newest) {
  auto unseen = c.Query(kSelectUnseenSourceFoods, Params(source));
  if (!unseen.ok()) return unseen.status();
  std::vector<std::string> gone;
  for (int r = 0; r < unseen->size(); ++r) {
    if (!StoredFoodIsNewer(unseen->Text(r, 1), newest)) gone.push_back(unseen->Text(r, 0));
  }
  if (gone.empty()) return Status::Ok();
  return c.Query(kDeleteUnusedFoods, Params(TextArray(gone))).status();
}

}  // namespace

Result<ImportOutcome> PgFoodRepository::StreamDataset(const DatasetInfo& info, const FoodFeed& feed) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Result<ImportOutcome> {
    ImportOutcome outcome;
    // Held to the end of the transaction: a second importer waits here, then
    // finds the checksum the first one committed.
    PW_RETURN_IF_ERROR(c.Query(kLockImports, Params(kImportLock)).status());
    auto checksum = c.Query(kSelectDatasetChecksum, Params(info.source));
    if (!checksum.ok()) return checksum.status();
    if (!checksum->empty() && checksum->View(0, 0) == info.checksum) return outcome;  // unchanged
    for (const Nutrient& n : info.nutrients) {
      std::optional<long long> number;
      if (n.usda_number) number = *n.usda_number;
      PW_RETURN_IF_ERROR(c.Query(kUpsertNutrient, Params(n.key, n.name, n.unit, number)).status());
    }
    PW_RETURN_IF_ERROR(c.Query(kCreateSeen).status());
    std::vector<Food> batch;
    batch.reserve(kBatch);
    std::string newest;  // the latest Food::modified given
    std::int64_t puts = 0;
    PW_RETURN_IF_ERROR(feed([&](const Food& f) -> Status {
      ++puts;
      newest = std::max(newest, f.modified);
      batch.push_back(f);
      if (batch.size() < kBatch) return Status::Ok();
      Status written = WriteBatch(c, info.source, batch, outcome);
      batch.clear();
      return written;
    }));
    if (!batch.empty()) PW_RETURN_IF_ERROR(WriteBatch(c, info.source, batch, outcome));
    PW_RETURN_IF_ERROR(DeleteFoodsNotIn(c, info.source, newest));
    auto counted = c.Query(kCountSeen);
    if (!counted.ok()) return counted.status();
    const std::int64_t distinct = counted->Int(0, 0);
    outcome.foods = counted->Int(0, 1);
    outcome.kept_newer = distinct - outcome.foods;
    outcome.repeated = puts - distinct;
    PW_RETURN_IF_ERROR(c.Query(kUpsertDataset, Params(info.source, info.checksum)).status());
    outcome.changed = true;
    return outcome;
  });
}

}  // namespace platewise::postgres
