#include "storage/sqlite/sqlite_saved_meal_repository.h"

namespace platewise::sqlite {
namespace {

constexpr char kInsertMeal[] = "INSERT INTO saved_meals (owner_id, name) VALUES (?1, ?2)";
constexpr char kInsertItem[] =
    "INSERT INTO saved_meal_items (saved_meal_id, position, food_id, grams, amount_text) VALUES (?1, ?2, ?3, ?4, ?5)";
// Another of the owner's meals (not ?3) with the name.
constexpr char kNameTaken[] = "SELECT 1 FROM saved_meals WHERE owner_id = ?1 AND name = ?2 AND id <> ?3";
// The owner's meals (only ?2 when not NULL) with their items, one row per
// item (a meal without items has one row of NULLs), by meal then position.
constexpr char kSelectMeals[] =
    "SELECT m.id, m.name, i.food_id, i.grams, i.amount_text FROM saved_meals m "
    "LEFT JOIN saved_meal_items i ON i.saved_meal_id = m.id "
    "WHERE m.owner_id = ?1 AND (?2 IS NULL OR m.id = ?2) ORDER BY m.id, i.position";
constexpr char kRename[] = "UPDATE saved_meals SET name = ?3 WHERE owner_id = ?1 AND id = ?2";
constexpr char kDelete[] = "DELETE FROM saved_meals WHERE owner_id = ?1 AND id = ?2";

Status NoSavedMeal(std::int64_t id) { return Status::NotFound("no saved meal with id " + std::to_string(id)); }

// Conflict when another of the owner's meals has the name.
Status NameFree(Database& db, UserId owner, const std::string& name, std::int64_t except) {
  auto sel = db.Prepare(kNameTaken);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  sel->Bind(2, name);
  sel->Bind(3, except);
  auto taken = sel->Step();
  if (!taken.ok()) return taken.status();
  if (*taken) return Status::Conflict("a saved meal named \"" + name + "\" exists");
  return Status::Ok();
}

}  // namespace

Result<SavedMeal> SqliteSavedMealRepository::CreateSavedMeal(UserId owner, const SavedMeal& meal) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  SavedMeal stored = meal;
  {
    PW_RETURN_IF_ERROR(NameFree(db, owner, meal.name, 0));
    auto ins = db.Prepare(kInsertMeal);
    if (!ins.ok()) return ins.status();
    ins->Bind(1, owner);
    ins->Bind(2, meal.name);
    PW_RETURN_IF_ERROR(ins->Run());
    stored.id = db.LastInsertId();
    auto item = db.Prepare(kInsertItem);
    if (!item.ok()) return item.status();
    for (std::size_t i = 0; i < meal.items.size(); ++i) {
      item->Reset();
      item->Bind(1, stored.id);
      item->Bind(2, static_cast<std::int64_t>(i));
      item->Bind(3, meal.items[i].food_id);
      item->Bind(4, meal.items[i].grams.value());
      item->Bind(5, meal.items[i].amount_text);
      PW_RETURN_IF_ERROR(item->Run());
    }
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  return stored;
}

Result<std::vector<SavedMeal>> SqliteSavedMealRepository::SelectLocked(UserId owner, std::optional<std::int64_t> id) {
  auto sel = conn_->db().Prepare(kSelectMeals);
  if (!sel.ok()) return sel.status();
  sel->Bind(1, owner);
  if (id) sel->Bind(2, *id);
  else sel->BindNull(2);
  std::vector<SavedMeal> out;
  while (true) {
    auto r = sel->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    if (out.empty() || out.back().id != sel->ColumnInt(0)) out.push_back({sel->ColumnInt(0), sel->ColumnText(1), {}});
    if (!sel->ColumnIsNull(2)) {
      out.back().items.push_back({sel->ColumnText(2), Grams(sel->ColumnDouble(3)), sel->ColumnText(4)});
    }
  }
  return out;
}

Result<SavedMeal> SqliteSavedMealRepository::GetSavedMeal(UserId owner, std::int64_t id) {
  auto lock = conn_->lock();
  auto found = SelectLocked(owner, id);
  if (!found.ok()) return found.status();
  if (found->empty()) return NoSavedMeal(id);
  return std::move(found->front());
}

Result<std::vector<SavedMeal>> SqliteSavedMealRepository::ListSavedMeals(UserId owner) {
  auto lock = conn_->lock();
  return SelectLocked(owner, std::nullopt);
}

Result<SavedMeal> SqliteSavedMealRepository::RenameSavedMeal(UserId owner, std::int64_t id, const std::string& name) {
  auto lock = conn_->lock();
  Database& db = conn_->db();
  Transaction tx(db);
  PW_RETURN_IF_ERROR(tx.Begin());
  {
    PW_RETURN_IF_ERROR(NameFree(db, owner, name, id));
    auto upd = db.Prepare(kRename);
    if (!upd.ok()) return upd.status();
    upd->Bind(1, owner);
    upd->Bind(2, id);
    upd->Bind(3, name);
    PW_RETURN_IF_ERROR(upd->Run());
    if (db.Changes() == 0) return NoSavedMeal(id);
  }
  PW_RETURN_IF_ERROR(tx.Commit());
  auto found = SelectLocked(owner, id);
  if (!found.ok()) return found.status();
  if (found->empty()) return NoSavedMeal(id);
  return std::move(found->front());
}

Status SqliteSavedMealRepository::DeleteSavedMeal(UserId owner, std::int64_t id) {
  auto lock = conn_->lock();
  auto del = conn_->db().Prepare(kDelete);
  if (!del.ok()) return del.status();
  del->Bind(1, owner);
  del->Bind(2, id);
  PW_RETURN_IF_ERROR(del->Run());
  if (conn_->db().Changes() == 0) return NoSavedMeal(id);
  return Status::Ok();
}

}  // namespace platewise::sqlite
