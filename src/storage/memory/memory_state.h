#ifndef PLATEWISE_STORAGE_MEMORY_MEMORY_STATE_H_
#define PLATEWISE_STORAGE_MEMORY_MEMORY_STATE_H_

// The tables of the in-memory store, shared by its repositories. One mutex
// guards all of them: every repository call holds it for the whole call, so
// each call is atomic (the in-memory counterpart of one SQLite transaction).
// A call that fails checks everything before it changes anything, so a
// failed call leaves the tables as they were.
//
// Ids come from counters per table and are never reused. Rows live in
// ordered maps keyed by id, so "by id" is "in the order added".

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/account/profile_settings.h"
#include "core/ports/import_jobs.h"
#include "core/ports/store.h"

namespace platewise::memory {

struct FoodRow {
  SharedFood food;     // immutable: replaced, never changed, so readers keep their copy
  UserId owner = 0;    // 0: shared data
  std::optional<Recipe> recipe;  // the ingredients, for a recipe
};

template <typename Row>
struct Owned {
  UserId owner = 0;
  Row row;
};

struct SessionRow {
  UserId owner = 0;
  std::string csrf_token;
  std::int64_t expires_at = 0;
};

struct ApiTokenRow {
  UserId owner = 0;
  std::string name;
  std::string token_hash;
  std::int64_t created_at = 0;
};

struct FavouriteRow {
  std::string food_id;
  std::int64_t added = 0;  // a counter per owner: higher is newer
};

struct MemoryState {
  MemoryState();

  std::mutex mutex;

  // Food-composition data and users' foods.
  std::vector<Nutrient> nutrients;                 // in the order first imported
  std::map<std::string, std::string> checksums;    // by dataset source
  std::map<std::string, FoodRow> foods;            // by id
  std::int64_t next_custom_number = 1;

  // Accounts. User kLocalUser exists from the start, without email or password.
  std::map<UserId, StoredUser> users;
  UserId next_user = kLocalUser + 1;
  std::map<std::string, SessionRow> sessions;      // by token hash
  std::map<std::int64_t, ApiTokenRow> api_tokens;  // by id
  std::int64_t next_api_token = 1;
  std::map<std::int64_t, std::pair<std::string, InviteRecord>> invites;  // by id: code hash, invite
  std::int64_t next_invite = 1;

  // Per-user rows, by id.
  std::map<std::int64_t, Owned<DiaryEntry>> entries;
  std::int64_t next_entry = 1;
  // An entry's version (DiaryEntry::version): the next value of one
  // store-wide counter, on every add, copy and update.
  std::int64_t last_entry_version = 0;
  std::map<std::int64_t, Owned<WaterEntry>> water;
  std::int64_t next_water = 1;
  std::map<std::int64_t, Owned<ExerciseEntry>> exercise;
  std::int64_t next_exercise = 1;
  std::map<std::int64_t, Owned<WeightEntry>> weights;
  std::int64_t next_weight = 1;
  std::map<std::int64_t, Owned<Supplement>> supplements;
  std::int64_t next_supplement = 1;
  std::map<std::int64_t, Owned<SupplementDose>> doses;
  std::int64_t next_dose = 1;
  std::map<UserId, std::vector<FavouriteRow>> favourites;
  std::map<std::int64_t, Owned<SavedMeal>> saved_meals;
  std::int64_t next_saved_meal = 1;
  std::map<UserId, std::set<std::string>> notification_reads;
  std::map<UserId, std::map<std::string, TargetOverride>> target_overrides;  // by nutrient key
  // Import jobs (core/ports/import_jobs.h) by id, each with its owner.
  std::map<std::int64_t, ImportJob> import_jobs;
  std::int64_t next_import_job = 1;
  std::map<UserId, BodyProfile> profiles;
  std::map<UserId, ProfileSettings> settings;

  // Imported history (core/ports/history_imports.h): the scope of each
  // imported row, by the row's id (rows the person made have none); the
  // owner's imported foods by their key; the files written, as (owner,
  // scope, hash).
  std::map<std::int64_t, std::string> entry_scopes;
  // The entries AddEntryOnce stored, by (owner, idempotency key); a key whose
  // entry is gone (ids are never given again here) counts as unused.
  std::map<std::pair<UserId, std::string>, std::int64_t> entry_keys;
  std::map<std::int64_t, std::string> weight_scopes;
  std::map<std::int64_t, std::string> exercise_scopes;
  std::map<std::pair<UserId, std::string>, std::string> imported_foods;  // (owner, scope + key) -> food id
  std::set<std::tuple<UserId, std::string, std::string>> imported_files;

  // The login throttle's rows (core/ports/login_attempts.h), owned by no user.
  std::map<std::string, LoginWindow> login_windows;                         // by key
  std::map<std::pair<std::string, std::string>, std::int64_t> known_clients;  // (account, client) -> last sign-in

  // Version stamps (core/ports/data_versions.h). A user's stamp takes the
  // next value of one store-wide counter, so it never repeats any user's; a
  // deleted account's stamp stays. Moved by the repositories after each
  // covered write succeeds, under the same lock (the write's "transaction").
  std::uint64_t last_stamp = 0;
  std::map<UserId, std::uint64_t> user_stamps;
  std::uint64_t foods_stamp = 1;
  void MoveUserStamp(UserId owner) { user_stamps[owner] = ++last_stamp; }
  void MoveFoodsStamp() { ++foods_stamp; }
  std::uint64_t UserStamp(UserId owner) const {
    auto it = user_stamps.find(owner);
    return it == user_stamps.end() ? 0 : it->second;
  }

  // REQUIRES: mutex held (for all below).

  // Conflict when no account has this id: every owned row refers to an
  // account, as the SQLite store's foreign keys require.
  Status RequireUser(UserId owner) const;
  // The food if it is shared or `viewer`'s own; NotFound otherwise.
  const FoodRow* VisibleFood(UserId viewer, const std::string& id) const;
  // InvalidArgument when `values` names a nutrient the catalog lacks.
  Status CheckNutrientKeys(const NutrientValues& values, const std::vector<Nutrient>& extra = {}) const;
  // Whether a diary entry or a recipe ingredient (anyone's) uses the food.
  bool FoodInUse(const std::string& food_id) const;
  // Removes a food and every favourite of it.
  void EraseFood(const std::string& food_id);
};

Status NoFoodWithId(const std::string& id);

}  // namespace platewise::memory

#endif  // PLATEWISE_STORAGE_MEMORY_MEMORY_STATE_H_
