#include "core/usecases/day_logs.h"

#include "core/energy/exercise.h"
#include "core/units/body_units.h"
#include "core/usecases/current_profile.h"

namespace platewise {

Result<WaterEntry> LogWater(UseCaseContext& ctx, UserId user, const CivilDate& date, double ml) {
  if (!(ml > 0 && ml <= kMaxWaterMl)) return Status::Unprocessable("ml", "ml must be more than 0 and at most 10000");
  return ctx.store.water->Add(user, {0, date, ml});
}

Status DeleteWater(UseCaseContext& ctx, UserId user, std::int64_t id) { return ctx.store.water->Delete(user, id); }

Result<ExerciseEntry> LogExercise(UseCaseContext& ctx, UserId user, const CivilDate& date, const ExerciseInput& in) {
  ExerciseEntry e;
  e.date = date;
  if (in.minutes && !(*in.minutes > 0 && *in.minutes <= kMaxExerciseMinutes)) {
    return Status::Unprocessable("minutes", "minutes must be more than 0 and at most 1440");
  }
  e.minutes = in.minutes;
  if (in.activity && *in.activity != "custom") {
    auto found = FindExerciseActivity(*in.activity);
    if (!found.ok()) return found.status().ForField("activity");
    if (!in.minutes) return Status::Unprocessable("minutes", "an activity needs its minutes");
    if (in.kcal) return Status::Unprocessable("kcal", "give an activity and minutes, or kcal, not both");
    auto profile = FindCurrentProfile(ctx, user);
    if (!profile.ok()) return profile.status();
    if (!*profile) {
      return Status::Unprocessable("activity", "kcal from an activity needs your weight: set a profile first, "
                                               "or give kcal for a custom entry");
    }
    e.activity = found->key;
    e.description = found->description;
    e.kcal = ExerciseKcal(*found, (*profile)->body.weight, *in.minutes);
  } else {
    if (!in.kcal) return Status::Unprocessable("kcal", "a custom exercise entry needs its kcal");
    if (!(*in.kcal > 0 && *in.kcal <= kMaxExerciseKcal)) {
      return Status::Unprocessable("kcal", "kcal must be more than 0 and at most 20000");
    }
    if (!in.description || in.description->empty()) {
      return Status::Unprocessable("description", "a custom exercise entry needs a description");
    }
    e.activity = "custom";
    e.description = *in.description;
    e.kcal = Kcal(*in.kcal);
  }
  return ctx.store.exercise->Add(user, e);
}

Status DeleteExercise(UseCaseContext& ctx, UserId user, std::int64_t id) {
  return ctx.store.exercise->Delete(user, id);
}

Result<WeightEntry> LogWeight(UseCaseContext& ctx, UserId user, const CivilDate& date, double kg) {
  if (!(kg >= kMinWeightKg && kg <= kMaxWeightKg)) {
    return Status::Unprocessable("weight_kg", "weight_kg must be from 20 to 450");
  }
  return ctx.store.weights->Put(user, {0, date, Kilograms(kg)});
}

Result<std::vector<WeightEntry>> ListWeights(UseCaseContext& ctx, UserId user, std::optional<CivilDate> from,
                                             std::optional<CivilDate> to) {
  return ctx.store.weights->List(user, from, to);
}

Status DeleteWeight(UseCaseContext& ctx, UserId user, std::int64_t id) { return ctx.store.weights->Delete(user, id); }

}  // namespace platewise
