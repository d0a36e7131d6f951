#ifndef PLATEWISE_CORE_WEIGHT_BODY_MODEL_H_
#define PLATEWISE_CORE_WEIGHT_BODY_MODEL_H_

// The dynamic energy-balance model of adult body weight of Hall et al. 2011
// (Lancet 378:826), the model behind the NIH Body Weight Planner. Equations,
// constants and sources: docs/weight.md. Pure: no I/O, nothing rounded.
//
// A BodyModel holds one person's baseline (the constants fixed from sex, age,
// height, weight and physical activity level, assuming the person is at
// steady state at the start). The state of the body on a day is a BodyState;
// Step() advances it by one day with classic Runge-Kutta 4, the day's inputs
// held constant within the day. Cheap to copy; thread-compatible.

#include <vector>

#include "core/energy/calorie_goal.h"
#include "core/quantity.h"
#include "core/status.h"

namespace platewise {

// Accepted physical activity level (TEE / RMR). The planner's lower bound
// is 1.0 (bed rest); above 2.5 is beyond sustained human levels.
inline constexpr double kMinPal = 1.0;
inline constexpr double kMaxPal = 2.5;

struct BodyModelPerson {
  Sex sex = Sex::kFemale;
  double age_years = 0;  // kMinAgeYears..kMaxAgeYears
  Centimeters height;    // kMinHeightCm..kMaxHeightCm (core/units/body_units.h)
  Kilograms weight;      // kMinWeightKg..kMaxWeightKg
  double pal = 1.6;      // kMinPal..kMaxPal
};

// The constants of one person's model, fixed at the start.
struct ModelBaseline {
  Kcal rmr;                         // resting metabolic rate, the model's Mifflin form
  Kcal maintenance;                 // PAL x RMR: the intake that holds weight steady
  double body_fat_percent = 0;      // from BMI, age and sex
  Kilograms fat;                    // F0
  Kilograms lean;                   // L0 = W0 - F0
  double activity_kcal_per_kg = 0;  // act0: physical activity energy per kg per day
  Kcal k;                           // K: the rest of expenditure, fitted so day 0 balances
  Kilograms glycogen;               // G0 = 0.5 kg
  Kcal carb_intake;                 // CIb: baseline carbohydrate intake, 50% of maintenance
  Kcal thermic;                     // therm0 = 0.14 x maintenance
};

// The body on one day. Weight is derived (BodyModel::Weight).
struct BodyState {
  double fat_kg = 0;
  double lean_kg = 0;
  double glycogen_kg = 0;
  double ecw_change_kg = 0;  // extracellular water relative to the start
  double thermic_kcal = 0;   // adaptive thermogenesis term
};

inline constexpr double kBaselineCarbFraction = 0.5;
inline constexpr double kBaselineSodiumMg = 4000;

// What happens on one day. Validated by ValidateDayInputs.
struct DayInputs {
  Kcal intake;                                   // 0..kMaxIntakeKcal
  double carb_fraction = kBaselineCarbFraction;  // of energy intake, 0..1
  double sodium_mg = kBaselineSodiumMg;          // 0..kMaxSodiumMg
  // Relative change of physical activity energy per kg from the baseline:
  // 0.1 is 10% more activity, -0.2 is 20% less. -1..+2.
  double activity_change = 0;
};

inline constexpr double kMaxIntakeKcal = 20000;
inline constexpr double kMaxSodiumMg = 50000;

// InvalidArgument naming the bad input and the accepted range.
Status ValidateDayInputs(const DayInputs& inputs);

// Energy stored or released per kg of weight change when fat and lean change
// in Forbes' proportions at `fat` kg of body fat (glycogen and water aside):
// 1 / ((1-p)/9440 + p/1807) kcal/kg, about 7475 at 30 kg of fat.
double EnergyDensityOfChange(Kilograms fat);

struct ProjectedDay {
  int day = 0;  // 0 is the start
  Kilograms weight;
  Kilograms fat;
  Kilograms lean;
};

class BodyModel {
 public:
  // InvalidArgument naming the value when a field is outside its range.
  static Result<BodyModel> Create(const BodyModelPerson& person);

  const BodyModelPerson& person() const { return person_; }
  const ModelBaseline& baseline() const { return baseline_; }

  // The state on day 0: F0, L0, G0, no water change, therm0.
  BodyState InitialState() const;
  Kilograms Weight(const BodyState& state) const;
  // One day of RK4. REQUIRES: ValidateDayInputs(inputs).ok().
  BodyState Step(const BodyState& state, const DayInputs& inputs) const;
  // The constant intake at which `state` is in energy balance (the daily
  // intake that maintains the state's fat and lean mass).
  Kcal MaintenanceIntake(const BodyState& state, double activity_change = 0) const;

  // Days 0..days (days + 1 entries), the same inputs every day.
  // REQUIRES: days >= 0 and ValidateDayInputs(inputs).ok().
  std::vector<ProjectedDay> Project(const DayInputs& inputs, int days) const;
  // The state after `days` days of `inputs` (no history kept).
  BodyState StateAfter(const DayInputs& inputs, int days) const;

 private:
  BodyModel(BodyModelPerson person, ModelBaseline baseline) : person_(person), baseline_(baseline) {}
  BodyState Derivative(const BodyState& state, const DayInputs& inputs) const;

  BodyModelPerson person_;
  ModelBaseline baseline_;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_WEIGHT_BODY_MODEL_H_
