#include "core/weight/body_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/units/body_units.h"

namespace platewise {
namespace {

// Energy densities and thermic costs (Hall et al. 2011, docs/weight.md).
constexpr double kFatKcalPerKg = 9440;
constexpr double kLeanKcalPerKg = 1807;
constexpr double kGlycogenKcalPerKg = 4180;
constexpr double kFatDepositionKcalPerKg = 180;   // cost of storing fat
constexpr double kLeanDepositionKcalPerKg = 230;  // cost of storing lean
constexpr double kLeanKcalPerKgPerDay = 22;       // maintenance cost of lean tissue
constexpr double kFatKcalPerKgPerDay = 3.2;       // maintenance cost of fat tissue
constexpr double kFoodThermicFraction = 0.1;      // thermic effect of food
constexpr double kAdaptiveThermicFraction = 0.14;
constexpr double kAdaptiveThermicDays = 14;
constexpr double kGlycogenWaterKgPerKg = 3.7;
constexpr double kInitialGlycogenKg = 0.5;
constexpr double kSodiumPerEcwKg = 3220;          // mg of sodium per kg of extracellular water
constexpr double kSodiumWaterCoefficient = 3000;  // mg/day per kg of water change
constexpr double kSodiumCarbCoefficient = 4000;   // mg/day for a full drop in carbohydrate
// Forbes' constant C = 10.4 kg x (lean / fat energy density): p = C / (C + F).
constexpr double kForbesC = 10.4 * kLeanKcalPerKg / kFatKcalPerKg;

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

struct Partition {
  double p;   // share of an energy imbalance that goes to lean tissue
  double pn;  // deposition cost per kcal stored
  double pd;  // 1 + the same: the denominator of TEE
};

Partition ForbesPartition(double fat_kg) {
  Partition r;
  r.p = kForbesC / (kForbesC + fat_kg);
  r.pn = (1 - r.p) * kFatDepositionKcalPerKg / kFatKcalPerKg + r.p * kLeanDepositionKcalPerKg / kLeanKcalPerKg;
  r.pd = 1 + r.pn;
  return r;
}

BodyState Advance(const BodyState& s, const BodyState& d, double h) {
  // Masses cannot go below zero; the water change can.
  return {std::max(0.0, s.fat_kg + h * d.fat_kg), std::max(0.0, s.lean_kg + h * d.lean_kg),
          std::max(0.0, s.glycogen_kg + h * d.glycogen_kg), s.ecw_change_kg + h * d.ecw_change_kg,
          std::max(0.0, s.thermic_kcal + h * d.thermic_kcal)};
}

}  // namespace

double EnergyDensityOfChange(Kilograms fat) {
  const double p = ForbesPartition(std::max(0.0, fat.value())).p;
  return 1 / ((1 - p) / kFatKcalPerKg + p / kLeanKcalPerKg);
}

Status ValidateDayInputs(const DayInputs& in) {
  if (!std::isfinite(in.intake.value()) || in.intake.value() < 0 || in.intake.value() > kMaxIntakeKcal) {
    return Status::InvalidArgument("intake " + Num(in.intake.value()) + " kcal/day is outside 0-" +
                                   Num(kMaxIntakeKcal));
  }
  if (!std::isfinite(in.carb_fraction) || in.carb_fraction < 0 || in.carb_fraction > 1) {
    return Status::InvalidArgument("carbohydrate fraction " + Num(in.carb_fraction) +
                                   " is outside 0-1 (0.5 is half the energy from carbohydrate)");
  }
  if (!std::isfinite(in.sodium_mg) || in.sodium_mg < 0 || in.sodium_mg > kMaxSodiumMg) {
    return Status::InvalidArgument("sodium " + Num(in.sodium_mg) + " mg/day is outside 0-" + Num(kMaxSodiumMg));
  }
  if (!std::isfinite(in.activity_change) || in.activity_change < -1 || in.activity_change > 2) {
    return Status::InvalidArgument("activity change " + Num(in.activity_change) +
                                   " is outside -1 to 2 (0.1 is 10% more physical activity)");
  }
  return Status::Ok();
}

Result<BodyModel> BodyModel::Create(const BodyModelPerson& person) {
  if (!(person.age_years >= kMinAgeYears && person.age_years <= kMaxAgeYears)) {
    return Status::InvalidArgument("age " + Num(person.age_years) + " is outside " + Num(kMinAgeYears) + "-" +
                                   Num(kMaxAgeYears) + " years: the model is for adults");
  }
  const double h = person.height.value();
  const double w = person.weight.value();
  if (!(h >= kMinHeightCm && h <= kMaxHeightCm)) {
    return Status::InvalidArgument("height " + Num(h) + " cm is outside " + Num(kMinHeightCm) + "-" +
                                   Num(kMaxHeightCm) + " cm");
  }
  if (!(w >= kMinWeightKg && w <= kMaxWeightKg)) {
    return Status::InvalidArgument("weight " + Num(w) + " kg is outside " + Num(kMinWeightKg) + "-" +
                                   Num(kMaxWeightKg) + " kg");
  }
  if (!(person.pal >= kMinPal && person.pal <= kMaxPal)) {
    return Status::InvalidArgument("physical activity level " + Num(person.pal) + " is outside " + Num(kMinPal) + "-" +
                                   Num(kMaxPal) + " (1.4 sedentary, 1.6 light, 1.8 active)");
  }
  const double a = person.age_years;
  const bool male = person.sex == Sex::kMale;
  ModelBaseline b;
  b.rmr = Kcal(9.99 * w + 6.25 * h - 4.92 * a + (male ? 5 : -161));
  b.maintenance = b.rmr * person.pal;
  const double bmi = w / ((h / 100) * (h / 100));
  const double bf = male ? 0.14 * a + 37.31 * std::log(bmi) - 103.94 : 0.14 * a + 39.96 * std::log(bmi) - 102.01;
  b.body_fat_percent = std::clamp(bf, 0.0, 60.0);
  b.fat = Kilograms(w * b.body_fat_percent / 100);
  b.lean = Kilograms(w - b.fat.value());
  b.activity_kcal_per_kg = (0.9 * b.rmr.value() * person.pal - b.rmr.value()) / w;
  b.k = Kcal(0.76 * b.maintenance.value() - kLeanKcalPerKgPerDay * b.lean.value() -
             kFatKcalPerKgPerDay * b.fat.value() - b.activity_kcal_per_kg * w);
  b.glycogen = Kilograms(kInitialGlycogenKg);
  b.carb_intake = b.maintenance * kBaselineCarbFraction;
  b.thermic = b.maintenance * kAdaptiveThermicFraction;
  return BodyModel(person, b);
}

BodyState BodyModel::InitialState() const {
  return {baseline_.fat.value(), baseline_.lean.value(), baseline_.glycogen.value(), 0, baseline_.thermic.value()};
}

Kilograms BodyModel::Weight(const BodyState& s) const {
  return Kilograms(s.fat_kg + s.lean_kg + kGlycogenWaterKgPerKg * (s.glycogen_kg - baseline_.glycogen.value()) +
                   s.ecw_change_kg);
}

BodyState BodyModel::Derivative(const BodyState& s, const DayInputs& in) const {
  const double ei = in.intake.value();
  const double act = baseline_.activity_kcal_per_kg * (1 + in.activity_change);
  const double g0 = baseline_.glycogen.value();
  const double carb_in_baseline = baseline_.carb_intake.value();
  const double k_glycogen = carb_in_baseline / (g0 * g0);
  const Partition part = ForbesPartition(s.fat_kg);
  const double carb_flux = in.carb_fraction * ei - k_glycogen * s.glycogen_kg * s.glycogen_kg;
  const double expend = baseline_.k.value() + kLeanKcalPerKgPerDay * s.lean_kg + kFatKcalPerKgPerDay * s.fat_kg +
                        act * Weight(s).value() + s.thermic_kcal + kFoodThermicFraction * ei;
  const double tee = (expend + (ei - carb_flux) * part.pn) / part.pd;
  const double stored = ei - tee - carb_flux;  // kcal/day into fat and lean
  BodyState d;
  d.fat_kg = (1 - part.p) * stored / kFatKcalPerKg;
  d.lean_kg = part.p * stored / kLeanKcalPerKg;
  d.glycogen_kg = carb_flux / kGlycogenKcalPerKg;
  d.ecw_change_kg = (in.sodium_mg - kBaselineSodiumMg - kSodiumWaterCoefficient * s.ecw_change_kg -
                     kSodiumCarbCoefficient * (1 - in.carb_fraction * ei / carb_in_baseline)) /
                    kSodiumPerEcwKg;
  d.thermic_kcal = (kAdaptiveThermicFraction * ei - s.thermic_kcal) / kAdaptiveThermicDays;
  return d;
}

BodyState BodyModel::Step(const BodyState& s, const DayInputs& in) const {
  const BodyState k1 = Derivative(s, in);
  const BodyState k2 = Derivative(Advance(s, k1, 0.5), in);
  const BodyState k3 = Derivative(Advance(s, k2, 0.5), in);
  const BodyState k4 = Derivative(Advance(s, k3, 1.0), in);
  const BodyState mean = {(k1.fat_kg + 2 * k2.fat_kg + 2 * k3.fat_kg + k4.fat_kg) / 6,
                          (k1.lean_kg + 2 * k2.lean_kg + 2 * k3.lean_kg + k4.lean_kg) / 6,
                          (k1.glycogen_kg + 2 * k2.glycogen_kg + 2 * k3.glycogen_kg + k4.glycogen_kg) / 6,
                          (k1.ecw_change_kg + 2 * k2.ecw_change_kg + 2 * k3.ecw_change_kg + k4.ecw_change_kg) / 6,
                          (k1.thermic_kcal + 2 * k2.thermic_kcal + 2 * k3.thermic_kcal + k4.thermic_kcal) / 6};
  return Advance(s, mean, 1.0);
}

Kcal BodyModel::MaintenanceIntake(const BodyState& s, double activity_change) const {
  const double act = baseline_.activity_kcal_per_kg * (1 + activity_change);
  const Partition part = ForbesPartition(s.fat_kg);
  const double expend_without_food =
      baseline_.k.value() + kLeanKcalPerKgPerDay * s.lean_kg + kFatKcalPerKgPerDay * s.fat_kg + act * Weight(s).value();
  // At balance intake = TEE and therm = 0.14 x intake; solving for intake:
  return Kcal(expend_without_food / (part.pd - part.pn - kAdaptiveThermicFraction - kFoodThermicFraction));
}

std::vector<ProjectedDay> BodyModel::Project(const DayInputs& inputs, int days) const {
  std::vector<ProjectedDay> out;
  out.reserve(static_cast<size_t>(std::max(days, 0)) + 1);
  BodyState s = InitialState();
  for (int day = 0;; ++day) {
    out.push_back({day, Weight(s), Kilograms(s.fat_kg), Kilograms(s.lean_kg)});
    if (day >= days) break;
    s = Step(s, inputs);
  }
  return out;
}

BodyState BodyModel::StateAfter(const DayInputs& inputs, int days) const {
  BodyState s = InitialState();
  for (int day = 0; day < days; ++day) s = Step(s, inputs);
  return s;
}

}  // namespace platewise
