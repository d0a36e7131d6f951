#include "storage/sqlite/sqlite_food_repository.h"

#include <algorithm>
#include <set>

#include "storage/sqlite/food_rows.h"

namespace platewise::sqlite {
namespace {

constexpr char kSelectDatasetChecksum[] = "SELECT checksum FROM datasets WHERE source = ?1";
constexpr char kUpsertDataset[] =
    "INSERT INTO datasets (source, checksum) VALUES (?1, ?2) "
    "ON CONFLICT(source) DO UPDATE SET checksum = excluded.checksum, "
    "imported_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')";
constexpr char kUpsertNutrient[] =
    "INSERT INTO nutrients (key, name, unit, usda_number) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT(key) DO UPDATE SET name = excluded.name, unit = excluded.unit, "
    "usda_number = excluded.usda_number";
constexpr char kUpsertFood[] =
    "INSERT INTO foods (id, source, description, food_group, protein_factor, fat_factor, carbohydrate_factor, "
    "brand, barcode, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, nullif(?9, ''), nullif(?10, '')) "
    "ON CONFLICT(id) DO UPDATE SET source = excluded.source, description = excluded.description, "
    "food_group = excluded.food_group, protein_factor = excluded.protein_factor, "
    "fat_factor = excluded.fat_factor, carbohydrate_factor = excluded.carbohydrate_factor, "
    "brand = excluded.brand, barcode = excluded.barcode, modified = excluded.modified";
constexpr char kSelectByBarcode[] = "SELECT id FROM foods WHERE barcode = ?1 AND owner_id IS NULL ORDER BY id";
constexpr char kDeleteFoodNutrients[] = "DELETE FROM food_nutrients WHERE food_id = ?1";
constexpr char kDeleteFoodPortions[] = "DELETE FROM portions WHERE food_id = ?1";
constexpr char kInsertFoodNutrient[] =
    "INSERT INTO food_nutrients (food_id, nutrient_key, amount_per_100g) VALUES (?1, ?2, ?3)";
constexpr char kInsertPortion[] =
    "INSERT INTO portions (food_id, seq, amount, unit, grams) VALUES (?1, ?2, ?3, ?4, ?5)";
// The ids one import was given, and whether the food's data is now the
// dataset's (0: the stored data was newer): in the connection's temporary
// storage, so that a dataset of millions of foods is not held in memory.
constexpr char kCreateSeen[] =
    "CREATE TEMP TABLE IF NOT EXISTS import_seen (id TEXT PRIMARY KEY, written INTEGER NOT NULL) WITHOUT ROWID";
constexpr char kClearSeen[] = "DELETE FROM temp.import_seen";
constexpr char kMarkSeen[] =
    "INSERT INTO temp.import_seen (id, written) VALUES (?1, ?2) "
    "ON CONFLICT(id) DO UPDATE SET written = max(written, excluded.written)";
constexpr char kCountSeen[] = "SELECT count(*), coalesce(sum(written), 0) FROM temp.import_seen";
constexpr char kSelectStoredModified[] =
    "SELECT coalesce(modified, '') FROM foods WHERE id = ?1 AND owner_id IS NULL";
constexpr char kCountFoods[] = "SELECT count(*) FROM foods";
// The shared foods of a source, and removing one of them unless a diary
// entry or a recipe still uses it (a past day must still add up).
constexpr char kSelectUnseenSourceFoods[] =
    "SELECT id, coalesce(modified, '') FROM foods WHERE source = ?1 AND owner_id IS NULL "
    "AND id NOT IN (SELECT id FROM temp.import_seen)";
constexpr char kDeleteUnusedFood[] =
    "DELETE FROM foods WHERE id = ?1 AND owner_id IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM diary_entries WHERE food_id = ?1) "
    "AND NOT EXISTS (SELECT 1 FROM recipe_ingredients WHERE food_id = ?1)";
constexpr char kSelectNutrients[] = "SELECT key, name, unit, usda_number FROM nutrients ORDER BY rowid";
constexpr char kSelectListings[] =
    "SELECT f.id, f.description, f.food_group, f.source, "
    "(SELECT count(*) FROM portions p WHERE p.food_id = f.id), coalesce(f.owner_id, 0), f.brand "
    "FROM foods f ORDER BY f.id";


Status Check(Result<bool> step) { return step.ok() ? Status::Ok() : step.status(); }

// Removes the foods of `source` that the import was not given (not in
// import_seen), but not those in use or newer than `newest`, the latest
// Food::modified of the dataset. REQUIRES: inside the import's transaction.
Status DeleteFoodsNotIn(Database& db, const std::string& source, const std::string& newest) {
  auto sel = db.Prepare(kSelectUnseenSourceFoods);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, source);
  std::vector<std::string> gone;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    if (!StoredFoodIsNewer(sel->ColumnText(1), newest)) gone.push_back(sel->ColumnText(0));
  }
  sel->Reset();
  auto del = db.Prepare(kDeleteUnusedFood);
  if (!del.ok()) return del.status();
  for (const std::string& id : gone) {
    del->Reset();
    del->Bind(1, id);
    PW_RETURN_IF_ERROR(del->Run());
  }
  return Status::Ok();
}

}  // namespace

Result<ImportOutcome> SqliteFoodRepository::StreamDataset(const DatasetInfo& info, const FoodFeed& feed) {
  // The writer is held for the whole import: other writes wait for it.
  auto lock = conn_->lock();
  Database& db = conn_->db();
  ImportOutcome outcome;
  {
    auto sel = db.Prepare(kSelectDatasetChecksum);
    if (!sel.ok()) return sel.status();
    sel->Bind(1, info.source);
    auto row = sel->Step();
    if (!row.ok()) return row.status();
    if (*row && sel->ColumnText(0) == info.checksum) return outcome;  // unchanged
  }

  PW_RETURN_IF_ERROR(db.Exec(kCreateSeen));
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  PW_RETURN_IF_ERROR(db.Exec(kClearSeen));
  auto upsert_nutrient = db.Prepare(kUpsertNutrient);
  auto upsert_food = db.Prepare(kUpsertFood);
  auto del_nutrients = db.Prepare(kDeleteFoodNutrients);
  auto del_portions = db.Prepare(kDeleteFoodPortions);
  auto ins_nutrient = db.Prepare(kInsertFoodNutrient);
  auto ins_portion = db.Prepare(kInsertPortion);
  auto upsert_dataset = db.Prepare(kUpsertDataset);
  auto stored_modified = db.Prepare(kSelectStoredModified);
  auto mark_seen = db.Prepare(kMarkSeen);
  for (auto* s : {&upsert_nutrient, &upsert_food, &del_nutrients, &del_portions, &ins_nutrient, &ins_portion,
                  &upsert_dataset, &stored_modified, &mark_seen}) {
    if (!s->ok()) return s->status();
  }

  for (const Nutrient& n : info.nutrients) {
    upsert_nutrient->Reset();
    upsert_nutrient->Bind(1, n.key);
    upsert_nutrient->Bind(2, n.name);
    upsert_nutrient->Bind(3, n.unit);
    if (n.usda_number) upsert_nutrient->Bind(4, static_cast<std::int64_t>(*n.usda_number));
    PW_RETURN_IF_ERROR(upsert_nutrient->Run());
  }
  std::string newest;  // the latest Food::modified given
  std::int64_t puts = 0;
  auto put = [&](const Food& f) -> Status {
    ++puts;
    newest = std::max(newest, f.modified);
    stored_modified->Reset();
    stored_modified->Bind(1, f.id);
    auto stored = stored_modified->Step();
    if (!stored.ok()) return stored.status();
    const bool keep_stored = *stored && StoredFoodIsNewer(stored_modified->ColumnText(0), f.modified);
    stored_modified->Reset();
    mark_seen->Reset();
    mark_seen->Bind(1, f.id);
    mark_seen->Bind(2, static_cast<std::int64_t>(keep_stored ? 0 : 1));
    PW_RETURN_IF_ERROR(mark_seen->Run());
    if (keep_stored) return Status::Ok();
    upsert_food->Reset();
    upsert_food->Bind(1, f.id);
    upsert_food->Bind(2, info.source);
    upsert_food->Bind(3, f.description);
    upsert_food->Bind(4, f.food_group);
    upsert_food->BindOptional(5, f.protein_factor);
    upsert_food->BindOptional(6, f.fat_factor);
    upsert_food->BindOptional(7, f.carbohydrate_factor);
    upsert_food->Bind(8, f.brand);
    upsert_food->Bind(9, f.barcode);
    upsert_food->Bind(10, f.modified);
    PW_RETURN_IF_ERROR(upsert_food->Run());
    for (auto* del : {&del_nutrients, &del_portions}) {
      (*del)->Reset();
      (*del)->Bind(1, f.id);
      PW_RETURN_IF_ERROR((*del)->Run());
    }
    for (const auto& [key, amount] : f.per_100g.all()) {
      ins_nutrient->Reset();
      ins_nutrient->Bind(1, f.id);
      ins_nutrient->Bind(2, key);
      ins_nutrient->Bind(3, amount);
      PW_RETURN_IF_ERROR(ins_nutrient->Run());
    }
    std::int64_t seq = 0;
    for (const Portion& p : f.portions) {
      ins_portion->Reset();
      ins_portion->Bind(1, f.id);
      ins_portion->Bind(2, seq++);
      ins_portion->Bind(3, p.amount);
      ins_portion->Bind(4, p.unit);
      ins_portion->Bind(5, p.grams.value());
      PW_RETURN_IF_ERROR(ins_portion->Run());
    }
    outcome.nutrient_values += static_cast<std::int64_t>(f.per_100g.all().size());
    outcome.portions += static_cast<std::int64_t>(f.portions.size());
    return Status::Ok();
  };
  PW_RETURN_IF_ERROR(feed(put));
  PW_RETURN_IF_ERROR(DeleteFoodsNotIn(db, info.source, newest));
  {
    auto counted = db.Prepare(kCountSeen);
    if (!counted.ok()) return counted.status();
    PW_RETURN_IF_ERROR(Check(counted->Step()));
    const std::int64_t distinct = counted->ColumnInt(0);
    outcome.foods = counted->ColumnInt(1);
    outcome.kept_newer = distinct - outcome.foods;
    outcome.repeated = puts - distinct;
  }
  PW_RETURN_IF_ERROR(db.Exec(kClearSeen));
  upsert_dataset->Bind(1, info.source);
  upsert_dataset->Bind(2, info.checksum);
  PW_RETURN_IF_ERROR(upsert_dataset->Run());
  PW_RETURN_IF_ERROR(tx.Commit());
  outcome.changed = true;
  return outcome;
}

Result<std::int64_t> SqliteFoodRepository::CountFoods() {
  auto lock = conn_->lock();
  auto stmt = conn_->db().Prepare(kCountFoods);
  if (!stmt.ok()) return stmt.status();
  PW_RETURN_IF_ERROR(Check(stmt->Step()));
  return stmt->ColumnInt(0);
}

Result<SharedFood> SqliteFoodRepository::GetFood(const std::string& id) {
  auto lock = conn_->lock();
  auto food = ReadFood(conn_->db(), id, std::nullopt);
  if (!food.ok()) return food.status();
  return std::make_shared<const Food>(std::move(*food));
}

Result<SharedFood> SqliteFoodRepository::GetVisibleFood(UserId viewer, const std::string& id) {
  auto lock = conn_->lock();
  auto food = ReadFood(conn_->db(), id, viewer);
  if (!food.ok()) return food.status();
  return std::make_shared<const Food>(std::move(*food));
}

Result<std::vector<FoodListing>> SqliteFoodRepository::ListFoodListings() {
  auto lock = conn_->lock();
  auto stmt = conn_->db().Prepare(kSelectListings);
  if (!stmt.ok()) return stmt.status();
  std::vector<FoodListing> out;
  while (true) {
    auto r = stmt->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    out.push_back({stmt->ColumnText(0), stmt->ColumnText(1), stmt->ColumnText(2), stmt->ColumnText(3),
                   static_cast<int>(stmt->ColumnInt(4)), stmt->ColumnInt(5), stmt->ColumnText(6)});
  }
  return out;
}

Result<std::vector<SharedFood>> SqliteFoodRepository::FindFoodsByBarcode(const std::string& gtin) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  auto sel = db.Prepare(kSelectByBarcode);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, gtin);
  std::vector<std::string> ids;
  PW_RETURN_IF_ERROR(StepIds(*sel, ids));
  return ReadSharedFoods(db, ids);
}

Result<std::vector<Nutrient>> SqliteFoodRepository::ListNutrients() {
  auto lock = conn_->lock();
  auto stmt = conn_->db().Prepare(kSelectNutrients);
  if (!stmt.ok()) return stmt.status();
  std::vector<Nutrient> out;
  while (true) {
    auto r = stmt->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    Nutrient n{stmt->ColumnText(0), stmt->ColumnText(1), stmt->ColumnText(2), std::nullopt};
    if (!stmt->ColumnIsNull(3)) n.usda_number = static_cast<int>(stmt->ColumnInt(3));
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace platewise::sqlite
