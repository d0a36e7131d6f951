#ifndef PLATEWISE_CORE_USECASES_DIARY_ENTRIES_H_
#define PLATEWISE_CORE_USECASES_DIARY_ENTRIES_H_

// Writing a user's food diary: log a food, edit or delete an entry, copy a
// day (or one meal of it) to another date. Each write is one store call (one
// transaction), so a failure changes nothing. Every food logged, copies
// included, is told to the search index after the write commits, so it rises
// in its owner's search.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/food/amount.h"
#include "core/food/quick_add.h"
#include "core/usecases/use_case_context.h"

namespace platewise {

// How much of a food: the front end's reading of what the person gave
// ("150g", "1 cup", {"amount":1,"portion":"cup"}), resolved against the food.
using AmountOfFood = std::function<Result<ResolvedAmount>(const Food& food)>;

// An entry with its food, as the front ends show it.
struct EntryWithFood {
  DiaryEntry entry;
  SharedFood food;
};

// NotFound (naming the id) when the food is neither shared nor the user's own.
// With an idempotency key (core/diary/idempotency_key.h; "" for none), the
// write is safe to send again: the first call with the key logs the entry,
// later ones log nothing and return the entry the key logged
// (DiaryRepository::AddEntryOnce), whatever they say.
Result<EntryWithFood> LogFood(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                              const std::string& food_id, const AmountOfFood& amount,
                              const std::string& idempotency_key = "");

// One food of LogFoods: its id and how much.
struct FoodToLog {
  std::string food_id;
  AmountOfFood amount;
};
inline constexpr std::size_t kMaxFoodsLoggedAtOnce = 50;

// Several foods logged to one meal at once (ticked recent foods, a saved
// meal), all or none: each is checked as LogFood checks one (the food
// visible to the user, its amount resolved), then all are written in one
// store call (DiaryRepository::AddEntries). Returns the entries in the order
// given. Unprocessable "entries" for none or more than
// kMaxFoodsLoggedAtOnce; a refused food or amount is the error LogFood
// gives, its message prefixed with the food's place ("food 2: ...") and
// its field as "entries[1].grams" (a food the user cannot see:
// Unprocessable "entries[1].food_id"); nothing is written then.
Result<std::vector<EntryWithFood>> LogFoods(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                                            const std::vector<FoodToLog>& foods);

// A quick-add entry (core/food/quick_add.h): its food is made and the entry
// logged. Unprocessable (naming the field) for an unknown nutrient key or a
// value BuildQuickAddFood refuses. The idempotency key as for LogFood (a
// repeat makes no food either: the one made for it is deleted again).
Result<EntryWithFood> LogQuickAdd(UseCaseContext& ctx, UserId user, const CivilDate& date, Meal meal,
                                  const QuickAdd& quick, const std::string& idempotency_key = "");

// NotFound for an entry that is not the user's.
Result<EntryWithFood> GetEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id);

// What an edit changes; unset fields stay as they are when the edit is
// written, whatever other edits wrote meanwhile.
struct EntryEdit {
  std::optional<CivilDate> date;
  std::optional<Meal> meal;
  std::optional<AmountOfFood> amount;  // resolved against the entry's food
  // The versions (DiaryEntry::version) the edit was made against, as HTTP's
  // If-Match lists them: unset, any version; set, the entry must still have
  // one of these (an empty list matches none).
  std::optional<std::vector<std::int64_t>> if_version_in;
};
// Writes only what the edit sets, atomically (one store call), and returns
// the entry as stored after it, with its new version. PreconditionFailed
// (EntryChanged: naming the entry and its current version), and nothing
// written, when if_version_in is set and holds no version the entry has when
// the write is made. NotFound for an entry that is not the user's. An edit
// that sets nothing writes nothing (and keeps the version).
Result<EntryWithFood> EditEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id, const EntryEdit& edit);

Status DeleteEntry(UseCaseContext& ctx, UserId user, std::int64_t entry_id);

// Copies the entries of `from` (only `meal`'s, when given) to `to`. A copy
// is never made twice silently: when `to` already holds an entry of the same
// meal, food and grams as one to be copied, nothing is copied and the answer
// is Conflict naming them, unless `again` (the person chose to copy it once
// more). An empty `from` copies nothing (an empty list).
Result<std::vector<EntryWithFood>> CopyDay(UseCaseContext& ctx, UserId user, const CivilDate& from,
                                           const CivilDate& to, std::optional<Meal> meal, bool again = false);

}  // namespace platewise

#endif  // PLATEWISE_CORE_USECASES_DIARY_ENTRIES_H_
