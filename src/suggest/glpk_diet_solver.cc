#include "suggest/glpk_diet_solver.h"

#include <glpk.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace platewise {
namespace {

// Deletes the problem, then GLPK's environment: GLPK keeps one per thread,
// allocated on the first call and freed only by glp_free_env(), so without it
// every thread that ever solved leaks it when it ends (LeakSanitizer found
// this on the server's request threads). A solve is the only GLPK user on its
// thread while it runs, so nothing else of GLPK's is alive to be freed.
struct ProblemDeleter {
  void operator()(glp_prob* p) const {
    glp_delete_prob(p);
    glp_free_env();
  }
};

// Sparse matrix entries, 1-based as GLPK wants them (index 0 unused).
struct Matrix {
  std::vector<int> rows{0};
  std::vector<int> cols{0};
  std::vector<double> values{0};
  void Add(int row, int col, double v) {
    if (v == 0) return;
    rows.push_back(row);
    cols.push_back(col);
    values.push_back(v);
  }
};

}  // namespace

Result<DietSolution> GlpkDietSolver::Solve(const DietProgram& program) {
  const int nf = static_cast<int>(program.candidates.size());
  const int ng = static_cast<int>(program.gaps.size());
  const int nl = static_cast<int>(program.limit_room.size());
  DietSolution solution;
  solution.units.assign(program.candidates.size(), 0);
  if (nf == 0 || !(program.kcal_left > 0)) return solution;
  for (const DietCandidate& c : program.candidates) {
    if (c.gap_per_unit.size() != program.gaps.size() || c.limit_per_unit.size() != program.limit_room.size()) {
      return Status::Internal("diet program candidate " + c.food_id + " has the wrong number of coefficients");
    }
  }

  std::unique_ptr<glp_prob, ProblemDeleter> lp(glp_create_prob());
  glp_prob* p = lp.get();
  glp_set_obj_dir(p, GLP_MIN);
  // Columns: units[f] = 1..nf, chosen[f] = nf+1..2nf, short[n] = 2nf+1..2nf+ng.
  glp_add_cols(p, 2 * nf + ng);
  for (int f = 0; f < nf; ++f) {
    const DietCandidate& c = program.candidates[f];
    int u = 1 + f, y = 1 + nf + f;
    glp_set_col_kind(p, u, GLP_IV);
    glp_set_col_bnds(p, u, GLP_DB, 0, c.max_units);
    glp_set_obj_coef(p, u, program.kcal_weight * c.kcal_per_unit / program.kcal_left);
    glp_set_col_kind(p, y, GLP_BV);
    glp_set_obj_coef(p, y, c.preference_cost);
  }
  for (int n = 0; n < ng; ++n) {
    int s = 1 + 2 * nf + n;
    glp_set_col_bnds(p, s, GLP_DB, 0, program.gaps[n]);
    glp_set_obj_coef(p, s, 1 / program.gaps[n]);
  }
  // Rows: gaps, links (one per food), kcal, limits, count.
  const int gap_row0 = 1, link_row0 = gap_row0 + ng, kcal_row = link_row0 + nf, limit_row0 = kcal_row + 1,
            count_row = limit_row0 + nl;
  glp_add_rows(p, count_row);
  Matrix m;
  for (int n = 0; n < ng; ++n) {
    glp_set_row_bnds(p, gap_row0 + n, GLP_LO, program.gaps[n], 0);
    m.Add(gap_row0 + n, 1 + 2 * nf + n, 1);
  }
  for (int f = 0; f < nf; ++f) {
    const DietCandidate& c = program.candidates[f];
    for (int n = 0; n < ng; ++n) m.Add(gap_row0 + n, 1 + f, c.gap_per_unit[n]);
    glp_set_row_bnds(p, link_row0 + f, GLP_UP, 0, 0);
    m.Add(link_row0 + f, 1 + f, 1);
    m.Add(link_row0 + f, 1 + nf + f, -c.max_units);
    m.Add(kcal_row, 1 + f, c.kcal_per_unit);
    for (int l = 0; l < nl; ++l) m.Add(limit_row0 + l, 1 + f, c.limit_per_unit[l]);
    m.Add(count_row, 1 + nf + f, 1);
  }
  glp_set_row_bnds(p, kcal_row, GLP_UP, 0, program.kcal_left);
  for (int l = 0; l < nl; ++l) glp_set_row_bnds(p, limit_row0 + l, GLP_UP, 0, std::max(0.0, program.limit_room[l]));
  glp_set_row_bnds(p, count_row, GLP_UP, 0, program.max_foods);
  glp_load_matrix(p, static_cast<int>(m.values.size()) - 1, m.rows.data(), m.cols.data(), m.values.data());

  glp_iocp params;
  glp_init_iocp(&params);
  params.presolve = GLP_ON;
  params.msg_lev = GLP_MSG_OFF;
  params.tm_lim = time_limit_ms_;
  int rc = glp_intopt(p, &params);
  int status = glp_mip_status(p);
  if ((rc != 0 && rc != GLP_ETMLIM) || (status != GLP_OPT && status != GLP_FEAS)) {
    return Status::Internal("the GLPK solver failed (code " + std::to_string(rc) + ", status " +
                            std::to_string(status) + ")");
  }
  for (int f = 0; f < nf; ++f) solution.units[f] = static_cast<int>(std::lround(glp_mip_col_val(p, 1 + f)));
  return solution;
}

}  // namespace platewise
