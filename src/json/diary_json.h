#ifndef PLATEWISE_JSON_DIARY_JSON_H_
#define PLATEWISE_JSON_DIARY_JSON_H_

// JSON shapes of the diary API's resources (documented in docs/api.md and
// docs/openapi.yaml). Numbers are unrounded; unknown is null, never 0.
//
// Entry:     {"id":7,"date":"2026-11-29","meal":"lunch","food_id":"11457","name":"Spinach, raw",
//             "grams":30.0,"amount":"1 x 1 cup","energy_kcal":6.9|null}
// Water:     {"id":3,"date":"2026-11-29","ml":250.0}
// Exercise:  {"id":4,"date":"2026-11-29","activity":"walking-brisk"|"custom","description":"...",
//             "minutes":30.0|null,"kcal":150.5}
// Weight:    {"id":5,"date":"2026-11-29","weight_kg":72.5}
// Food use:  {"food_id":"11457","name":"Spinach, raw","times":4,"last_date":"2026-11-29"}
// Profile:   {"sex":"female","birth_date":"1990-05-01"|null,"age":36,"height_cm":167.6,"weight_kg":72.5,
//             "activity":"light","weekly_goal_lb":-1.0,"units":"imperial","time_zone":"Europe/Berlin"}
// Day:       json/day_summary_json.h

#include <nlohmann/json.hpp>
#include <vector>

#include "core/account/profile_settings.h"
#include "core/diary/day_summary.h"
#include "core/energy/calorie_goal.h"
#include "core/food/food.h"
#include "core/ports/diary_repository.h"
#include "core/ports/log_repositories.h"
#include "core/usecases/day_logs.h"

namespace platewise {

nlohmann::json DiaryEntryJson(const DiaryEntry& entry, const Food& food);
nlohmann::json WaterJson(const WaterEntry& entry);
nlohmann::json ExerciseJson(const ExerciseEntry& entry);
nlohmann::json WeightJson(const WeightEntry& entry);
// POST /api/v1/weights: a Weight plus "profile_weight_updated" (the weigh-in
// is the newest, so the profile's weight and budget follow it) and, when it
// is, "budget_kcal_before" and "budget_kcal" (else both null).
nlohmann::json LoggedWeightJson(const LoggedWeight& logged);
// {"weights":[Weight...]}: GET /api/v1/weights and `platewise weight list --json`.
nlohmann::json WeightsJson(const std::vector<WeightEntry>& weights);
nlohmann::json FoodUseJson(const FoodUse& use, const Food& food);
nlohmann::json ProfileJson(const ProfileSettings& settings, const BodyProfile& body);

}  // namespace platewise

#endif  // PLATEWISE_JSON_DIARY_JSON_H_
