#ifndef PLATEWISE_CORE_PORTS_DIET_SOLVER_H_
#define PLATEWISE_CORE_PORTS_DIET_SOLVER_H_

// The gap-closing program of the suggestions (core/nutrient/gap_suggestions.h)
// as numbers, and the port of the solver that solves it exactly (a mixed-
// integer linear program; src/suggest/ implements it with GLPK).
//
//   variables  units[f]  integer 0..max_units   (portion steps of food f)
//              chosen[f] binary                  (units[f] > 0 only if chosen)
//              short[n]  0..gaps[n]              (what stays unmet of gap n)
//   minimise   sum_n short[n] / gaps[n]                    closes gaps first
//            + sum_f preference_cost[f] * chosen[f]        plain, familiar foods
//            + kcal_weight * sum_f kcal_per_unit[f] * units[f] / kcal_left
//   subject to sum_f gap_per_unit[f][n] * units[f] + short[n] >= gaps[n]
//              sum_f kcal_per_unit[f] * units[f] <= kcal_left
//              sum_f limit_per_unit[f][m] * units[f] <= limit_room[m]   (ULs)
//              sum_f chosen[f] <= max_foods

#include <string>
#include <vector>

#include "core/status.h"

namespace platewise {

struct DietCandidate {
  std::string food_id;
  int max_units = 0;
  double kcal_per_unit = 0;
  std::vector<double> gap_per_unit;    // per gap, in the gap's unit; 0 when not analysed
  std::vector<double> limit_per_unit;  // per limit
  double preference_cost = 0;          // >= 0
};

struct DietProgram {
  std::vector<double> gaps;        // > 0 each
  std::vector<double> limit_room;  // >= 0 each
  double kcal_left = 0;            // > 0
  int max_foods = 3;
  double kcal_weight = 0.01;
  std::vector<DietCandidate> candidates;
};

struct DietSolution {
  std::vector<int> units;  // per candidate
};

class DietSolver {
 public:
  virtual ~DietSolver() = default;
  // The optimal solution (or the best found within the solver's time limit).
  // Internal when the solver fails.
  virtual Result<DietSolution> Solve(const DietProgram& program) = 0;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_PORTS_DIET_SOLVER_H_
