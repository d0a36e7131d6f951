#include "storage/postgres/pg_arrays.h"
#include "storage/postgres/pg_repositories.h"

namespace platewise::postgres {
namespace {

constexpr char kInsertMeal[] = "INSERT INTO saved_meals (owner_id, name) VALUES ($1, $2) RETURNING id";
constexpr char kInsertItems[] =
    "INSERT INTO saved_meal_items (owner_id, saved_meal_id, position, food_id, grams, amount_text) "
    "SELECT $1, $2, p, f, g, a FROM unnest($3::int[], $4::text[], $5::float8[], $6::text[]) AS i(p, f, g, a)";
// Another of the owner's meals (not $3) with the name.
constexpr char kNameTaken[] = "SELECT 1 FROM saved_meals WHERE owner_id = $1 AND name = $2 AND id <> $3";
// The owner's meals (only $2 when not NULL) with their items, one row per
// item (a meal without items has one row of NULLs), by meal then position:
// one statement, so one snapshot.
constexpr char kSelectMeals[] =
    "SELECT m.id, m.name, i.food_id, i.grams, i.amount_text FROM saved_meals m "
    "LEFT JOIN saved_meal_items i ON i.owner_id = m.owner_id AND i.saved_meal_id = m.id "
    "WHERE m.owner_id = $1 AND ($2::bigint IS NULL OR m.id = $2) ORDER BY m.id, i.position";
constexpr char kRename[] = "UPDATE saved_meals SET name = $3 WHERE owner_id = $1 AND id = $2 RETURNING id";
constexpr char kDelete[] = "DELETE FROM saved_meals WHERE owner_id = $1 AND id = $2 RETURNING id";

Status NoSavedMeal(std::int64_t id) { return Status::NotFound("no saved meal with id " + std::to_string(id)); }

Status NameFree(Connection& c, UserId owner, const std::string& name, std::int64_t except) {
  auto rows = c.Query(kNameTaken, Params(owner, name, except));
  if (!rows.ok()) return rows.status();
  if (!rows->empty()) return Status::Conflict("a saved meal named \"" + name + "\" exists");
  return Status::Ok();
}

Result<std::vector<SavedMeal>> SelectMeals(Pool& pool, UserId owner, std::optional<std::int64_t> id) {
  return pool.Run([&](Connection& c) -> Result<std::vector<SavedMeal>> {
    auto rows = c.Query(kSelectMeals, Params(owner, id));
    if (!rows.ok()) return rows.status();
    std::vector<SavedMeal> out;
    for (int r = 0; r < rows->size(); ++r) {
      if (out.empty() || out.back().id != rows->Int(r, 0)) out.push_back({rows->Int(r, 0), rows->Text(r, 1), {}});
      if (!rows->IsNull(r, 2)) {
        out.back().items.push_back({rows->Text(r, 2), Grams(rows->Double(r, 3)), rows->Text(r, 4)});
      }
    }
    return out;
  });
}

}  // namespace

Result<SavedMeal> PgSavedMealRepository::CreateSavedMeal(UserId owner, const SavedMeal& meal) {
  return pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Result<SavedMeal> {
    PW_RETURN_IF_ERROR(NameFree(c, owner, meal.name, 0));
    auto rows = c.Query(kInsertMeal, Params(owner, meal.name));
    if (!rows.ok()) return rows.status();
    SavedMeal stored = meal;
    stored.id = rows->Int(0, 0);
    if (!meal.items.empty()) {
      ArrayLiteral positions, foods, grams, texts;
      for (std::size_t i = 0; i < meal.items.size(); ++i) {
        positions.Add(static_cast<long long>(i));
        foods.Add(std::string_view(meal.items[i].food_id));
        grams.Add(meal.items[i].grams.value());
        texts.Add(std::string_view(meal.items[i].amount_text));
      }
      PW_RETURN_IF_ERROR(
          c.Query(kInsertItems, Params(owner, stored.id, positions.Text(), foods.Text(), grams.Text(), texts.Text()))
              .status());
    }
    return stored;
  });
}

Result<SavedMeal> PgSavedMealRepository::GetSavedMeal(UserId owner, std::int64_t id) {
  auto found = SelectMeals(*pool_, owner, id);
  if (!found.ok()) return found.status();
  if (found->empty()) return NoSavedMeal(id);
  return std::move(found->front());
}

Result<std::vector<SavedMeal>> PgSavedMealRepository::ListSavedMeals(UserId owner) {
  return SelectMeals(*pool_, owner, std::nullopt);
}

Result<SavedMeal> PgSavedMealRepository::RenameSavedMeal(UserId owner, std::int64_t id, const std::string& name) {
  auto renamed = pool_->Transact(Isolation::kReadCommitted, [&](Connection& c) -> Status {
    PW_RETURN_IF_ERROR(NameFree(c, owner, name, id));
    auto rows = c.Query(kRename, Params(owner, id, name));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return NoSavedMeal(id);
    return Status::Ok();
  });
  PW_RETURN_IF_ERROR(renamed);
  return GetSavedMeal(owner, id);
}

Status PgSavedMealRepository::DeleteSavedMeal(UserId owner, std::int64_t id) {
  return pool_->Run([&](Connection& c) -> Status {
    auto rows = c.Query(kDelete, Params(owner, id));
    if (!rows.ok()) return rows.status();
    if (rows->empty()) return NoSavedMeal(id);
    return Status::Ok();
  });
}

}  // namespace platewise::postgres
