// HistoryImports in memory: a file is written piece by piece under the
// store's one lock, and a failed write puts back what it changed (the
// in-memory counterpart of one transaction).

#include <algorithm>
#include <cstdio>

#include "storage/memory/memory_repositories.h"

namespace platewise::memory {
namespace {

bool InRange(const CivilDate& d, const HistoryFileInfo& f) { return !(d < f.first) && !(f.last < d); }

class MemoryHistoryImports final : public HistoryImports {
 public:
  explicit MemoryHistoryImports(State state) : s_(std::move(state)) {}

  Result<HistoryWrite> StreamBatch(UserId owner, const HistoryFileInfo& info, const HistoryFeed& feed) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    HistoryWrite out;
    if (s_->imported_files.count({owner, info.scope, info.file_hash})) {
      out.unchanged = true;
      return out;
    }
    // The rows a failed write must leave as they were: restored from here.
    const Rows before = Save();
    if (info.has_rows) RemoveScope(owner, info);
    Status fed = feed([&](const HistoryBatch& piece) { return WritePiece(owner, info.scope, piece, out); });
    if (!fed.ok()) {
      Restore(before);
      return fed;
    }
    // After the file's entries are in: a food they use again stays, id and all.
    if (info.has_rows) RemoveUnusedFoods(owner, info.scope);
    s_->imported_files.insert({owner, info.scope, info.file_hash});
    s_->MoveUserStamp(owner);
    s_->MoveFoodsStamp();
    return out;
  }

  Result<ImportProvenance> ListProvenance(UserId owner) override {
    std::lock_guard lock(s_->mutex);
    ImportProvenance out;
    auto scoped = [&](const auto& rows, const std::map<std::int64_t, std::string>& scopes,
                      std::vector<ImportProvenance::Row>& into) {
      for (const auto& [id, scope] : scopes) {
        auto row = rows.find(id);
        if (row != rows.end() && row->second.owner == owner) into.push_back({id, scope});
      }
    };
    scoped(s_->entries, s_->entry_scopes, out.entries);
    scoped(s_->weights, s_->weight_scopes, out.weights);
    scoped(s_->exercise, s_->exercise_scopes, out.exercises);
    for (const auto& [key, food_id] : s_->imported_foods) {
      auto food = s_->foods.find(food_id);
      if (key.first == owner && food != s_->foods.end()) out.foods.push_back({food_id, key.second});
    }
    std::sort(out.foods.begin(), out.foods.end(), [](const auto& x, const auto& y) { return x.food_id < y.food_id; });
    for (const auto& [file_owner, scope, hash] : s_->imported_files) {
      if (file_owner == owner) out.files.push_back({scope, hash});
    }
    return out;
  }

  Status RestoreProvenance(UserId owner, const ImportProvenance& p) override {
    std::lock_guard lock(s_->mutex);
    PW_RETURN_IF_ERROR(s_->RequireUser(owner));
    // Check first: a failed call changes nothing.
    auto owns = [&](const auto& rows, const std::vector<ImportProvenance::Row>& marks, const char* what) {
      for (const auto& m : marks) {
        auto row = rows.find(m.id);
        if (row == rows.end() || row->second.owner != owner) {
          return NoSuchRow(what, m.id);
        }
      }
      return Status::Ok();
    };
    PW_RETURN_IF_ERROR(owns(s_->entries, p.entries, "diary entry"));
    PW_RETURN_IF_ERROR(owns(s_->weights, p.weights, "weigh-in"));
    PW_RETURN_IF_ERROR(owns(s_->exercise, p.exercises, "exercise entry"));
    for (const auto& f : p.foods) {
      auto food = s_->foods.find(f.food_id);
      if (food == s_->foods.end() || food->second.owner != owner) {
        return NoSuchRow("custom food", f.food_id);
      }
    }
    for (const auto& m : p.entries) s_->entry_scopes[m.id] = m.scope;
    for (const auto& m : p.weights) s_->weight_scopes[m.id] = m.scope;
    for (const auto& m : p.exercises) s_->exercise_scopes[m.id] = m.scope;
    for (const auto& f : p.foods) s_->imported_foods[{owner, f.key}] = f.food_id;
    for (const auto& f : p.files) s_->imported_files.insert({owner, f.scope, f.file_hash});
    return Status::Ok();
  }

 private:
  // Everything a write of history changes (the in-memory transaction's
  // undo): copied whole, as the memory store serves tests.
  struct Rows {
    std::map<std::string, FoodRow> foods;
    std::int64_t next_custom_number;
    std::map<std::int64_t, Owned<DiaryEntry>> entries;
    std::int64_t next_entry, last_entry_version;
    std::map<std::int64_t, Owned<WeightEntry>> weights;
    std::int64_t next_weight;
    std::map<std::int64_t, Owned<ExerciseEntry>> exercise;
    std::int64_t next_exercise;
    std::map<std::int64_t, std::string> entry_scopes, weight_scopes, exercise_scopes;
    std::map<std::pair<UserId, std::string>, std::string> imported_foods;
  };
  Rows Save() const {
    return {s_->foods,    s_->next_custom_number, s_->entries,  s_->next_entry,      s_->last_entry_version,
            s_->weights,  s_->next_weight,        s_->exercise, s_->next_exercise,   s_->entry_scopes,
            s_->weight_scopes, s_->exercise_scopes, s_->imported_foods};
  }
  void Restore(const Rows& r) {
    s_->foods = r.foods;
    s_->next_custom_number = r.next_custom_number;
    s_->entries = r.entries;
    s_->next_entry = r.next_entry;
    s_->last_entry_version = r.last_entry_version;
    s_->weights = r.weights;
    s_->next_weight = r.next_weight;
    s_->exercise = r.exercise;
    s_->next_exercise = r.next_exercise;
    s_->entry_scopes = r.entry_scopes;
    s_->weight_scopes = r.weight_scopes;
    s_->exercise_scopes = r.exercise_scopes;
    s_->imported_foods = r.imported_foods;
  }

  // One piece's foods (the stored one of the same key, else a new one) and
  // rows; the piece's foods as stored. Checks the piece before changing
  // anything.
  Result<std::vector<Food>> WritePiece(UserId owner, const std::string& scope, const HistoryBatch& piece,
                                       HistoryWrite& out) {
    PW_RETURN_IF_ERROR(CheckPieceFoods(piece));
    for (const ImportedFood& f : piece.foods) PW_RETURN_IF_ERROR(s_->CheckNutrientKeys(f.food.per_100g));
    std::vector<Food> foods;
    for (const ImportedFood& f : piece.foods) {
      auto key = std::make_pair(owner, scope + "\n" + f.key);
      auto found = s_->imported_foods.find(key);
      if (found != s_->imported_foods.end() && s_->foods.count(found->second)) {
        foods.push_back(*s_->foods[found->second].food);
        continue;
      }
      Food food = f.food;
      char id[32];
      std::snprintf(id, sizeof id, "c%lld", static_cast<long long>(s_->next_custom_number++));
      food.id = id;
      s_->foods[food.id] = FoodRow{std::make_shared<const Food>(food), owner, std::nullopt};
      s_->imported_foods[key] = food.id;
      foods.push_back(food);
      ++out.foods_created;
    }
    for (const ImportedEntry& e : piece.entries) {
      DiaryEntry entry{0, e.date, e.meal, foods[e.food].id, e.grams, e.amount_text, ++s_->last_entry_version};
      entry.id = s_->next_entry++;
      s_->entries[entry.id] = {owner, entry};
      s_->entry_scopes[entry.id] = scope;
      ++out.entries;
    }
    for (const WeightEntry& w : piece.weights) {
      bool kept = false;
      for (const auto& [id, row] : s_->weights) kept = kept || (row.owner == owner && row.row.date == w.date);
      if (kept) {
        out.weights_kept.push_back(w.date);
        continue;
      }
      WeightEntry stored = w;
      stored.id = s_->next_weight++;
      s_->weights[stored.id] = {owner, stored};
      s_->weight_scopes[stored.id] = scope;
      ++out.weights;
    }
    for (const ExerciseEntry& x : piece.exercises) {
      ExerciseEntry stored = x;
      stored.id = s_->next_exercise++;
      s_->exercise[stored.id] = {owner, stored};
      s_->exercise_scopes[stored.id] = scope;
      ++out.exercises;
    }
    return foods;
  }

  // The owner's rows of the file's scope within its dates.
  void RemoveScope(UserId owner, const HistoryFileInfo& info) {
    auto erase_scoped = [&](auto& rows, std::map<std::int64_t, std::string>& scopes) {
      for (auto it = rows.begin(); it != rows.end();) {
        auto sc = scopes.find(it->first);
        if (it->second.owner == owner && sc != scopes.end() && sc->second == info.scope &&
            InRange(it->second.row.date, info)) {
          scopes.erase(sc);
          it = rows.erase(it);
        } else {
          ++it;
        }
      }
    };
    erase_scoped(s_->entries, s_->entry_scopes);
    erase_scoped(s_->weights, s_->weight_scopes);
    erase_scoped(s_->exercise, s_->exercise_scopes);
  }

  // The owner's imported foods of the scope that no entry or recipe uses.
  void RemoveUnusedFoods(UserId owner, const std::string& scope) {
    const std::string prefix = scope + "\n";
    for (auto it = s_->imported_foods.begin(); it != s_->imported_foods.end();) {
      if (it->first.first == owner && it->first.second.rfind(prefix, 0) == 0 && !s_->FoodInUse(it->second)) {
        s_->EraseFood(it->second);
        it = s_->imported_foods.erase(it);
      } else {
        ++it;
      }
    }
  }

  State s_;
};

}  // namespace

std::unique_ptr<HistoryImports> MakeHistoryImports(State state) {
  return std::make_unique<MemoryHistoryImports>(std::move(state));
}

}  // namespace platewise::memory
