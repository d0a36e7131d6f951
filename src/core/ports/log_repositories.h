#ifndef PLATEWISE_CORE_PORTS_LOG_REPOSITORIES_H_
#define PLATEWISE_CORE_PORTS_LOG_REPOSITORIES_H_

// The small per-day logs of a user besides food: water, exercise, body
// weight, and the list of favourite foods. Each is scoped to one owner like
// DiaryRepository (another owner's row is NotFound; a new row's id is greater
// than every stored row's, so "in the order added" is "by id"; writes for an account that does not exist are
// Conflict). Thread-safe.

#include <optional>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/status.h"

namespace platewise {

struct WaterEntry {
  std::int64_t id = 0;
  CivilDate date;
  double ml = 0;
};

struct ExerciseEntry {
  std::int64_t id = 0;
  CivilDate date;
  std::string activity;           // a key of kExerciseActivities, or "custom"
  std::string description;        // what the person did
  std::optional<double> minutes;  // nullopt for custom kcal entries without a duration
  Kcal kcal;
};

struct WeightEntry {
  std::int64_t id = 0;
  CivilDate date;
  Kilograms weight;
};

class WaterLog {
 public:
  virtual ~WaterLog() = default;
  // Returns the entry with its new id. REQUIRES: ml > 0.
  virtual Result<WaterEntry> Add(UserId owner, const WaterEntry& entry) = 0;
  // NotFound when the owner has no water entry with this id.
  virtual Status Delete(UserId owner, std::int64_t id) = 0;
  // By date, then in the order added.
  virtual Result<std::vector<WaterEntry>> ListAll(UserId owner) = 0;
};

class ExerciseLog {
 public:
  virtual ~ExerciseLog() = default;
  // Returns the entry with its new id; a missing duration stays missing.
  // REQUIRES: kcal >= 0.
  virtual Result<ExerciseEntry> Add(UserId owner, const ExerciseEntry& entry) = 0;
  // NotFound when the owner has no exercise entry with this id.
  virtual Status Delete(UserId owner, std::int64_t id) = 0;
  // By date, then in the order added.
  virtual Result<std::vector<ExerciseEntry>> ListAll(UserId owner) = 0;
};

// One weight per owner and day: adding a second one for a date replaces the
// weight of the first, which keeps its id.
class WeightLog {
 public:
  virtual ~WeightLog() = default;
  // Returns the stored entry (its id: new, or the day's existing one).
  // REQUIRES: weight > 0.
  virtual Result<WeightEntry> Put(UserId owner, const WeightEntry& entry) = 0;
  // Oldest first (by date), within [from, to] (both included) when given.
  virtual Result<std::vector<WeightEntry>> List(UserId owner, std::optional<CivilDate> from,
                                                std::optional<CivilDate> to) = 0;
  // NotFound when the owner has no weight entry with this id.
  virtual Status Delete(UserId owner, std::int64_t id) = 0;
};

class FavouriteFoods {
 public:
  virtual ~FavouriteFoods() = default;
  // NotFound when the food is not visible to the owner. Adding twice is a
  // no-op (the favourite keeps its place). Deleting a food removes it from
  // every favourites list.
  virtual Status Add(UserId owner, const std::string& food_id) = 0;
  virtual Status Remove(UserId owner, const std::string& food_id) = 0;  // NotFound if not a favourite
  virtual Result<std::vector<std::string>> List(UserId owner) = 0;      // newest added first
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_LOG_REPOSITORIES_H_
