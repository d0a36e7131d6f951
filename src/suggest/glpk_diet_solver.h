#ifndef PLATEWISE_SUGGEST_GLPK_DIET_SOLVER_H_
#define PLATEWISE_SUGGEST_GLPK_DIET_SOLVER_H_

// The DietSolver port implemented with GLPK's branch-and-cut MIP solver
// (glp_intopt after the simplex relaxation). Only this file's .cc includes
// glpk.h. Thread-safe: each Solve builds and frees its own problem object.

#include "core/ports/diet_solver.h"

namespace platewise {

class GlpkDietSolver final : public DietSolver {
 public:
  explicit GlpkDietSolver(int time_limit_ms = 5000) : time_limit_ms_(time_limit_ms) {}
  Result<DietSolution> Solve(const DietProgram& program) override;

 private:
  int time_limit_ms_;
};

}  // namespace platewise

#endif  // PLATEWISE_SUGGEST_GLPK_DIET_SOLVER_H_
