// docs/openapi.yaml documents exactly the routes the server registers: every
// (method, path) of AddApiRoutes is in the document and every operation of
// the document is a route. The served copy is the file in the repository.

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "core/testing/fixed_clock.h"
#include "http/api_routes.h"
#include "http/import_routes.h"
#include "http/nutrient_routes.h"
#include "http/operations_routes.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace platewise::http {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// "GET /api/v1/foods/{id}" for every operation under `paths:`.
std::set<std::string> DocumentedOperations(const std::string& yaml) {
  std::set<std::string> ops;
  std::istringstream in(yaml);
  std::string line, path;
  bool in_paths = false;
  const std::regex path_line("^  (/[^:]*):\\s*$");
  const std::regex method_line("^    (get|put|post|patch|delete):\\s*$");
  std::smatch m;
  while (std::getline(in, line)) {
    if (line == "paths:") {
      in_paths = true;
      continue;
    }
    if (in_paths && !line.empty() && line[0] != ' ' && line[0] != '#') in_paths = false;
    if (!in_paths) continue;
    if (std::regex_match(line, m, path_line)) {
      path = m[1];
    } else if (std::regex_match(line, m, method_line)) {
      std::string method = m[1];
      for (char& c : method) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      ops.insert(method + " " + path);
    }
  }
  return ops;
}

class NoSolver : public DietSolver {
 public:
  Result<DietSolution> Solve(const DietProgram&) override { return Status::Internal("not used"); }
};

TEST(OpenApiRoutesTest, TheDocumentListsExactlyTheServersRoutes) {
  testing::TempDir dir;
  auto store = OpenSqliteStore(dir.File("p.db"));
  ASSERT_TRUE(store.ok()) << store.status().message();
  Router router;
  search::FoodIndex index;
  // The routes need their data only to answer, not to register.
  auto dri = DriTable::Create({});
  ASSERT_TRUE(dri.ok());
  platewise::testing::FixedClock clock(CivilDate{2026, 1, 1});
  NoFoodIndexUpdates no_index;
  UseCaseContext ctx{**store, clock, no_index};
  AddApiRoutes(router, ctx, AccountOptions{}, index, *dri);
  std::map<std::string, std::string> explanations;
  NoSolver solver;
  NutrientRouteDeps nutrient_deps{{ctx, *dri, explanations}, solver};
  AddNutrientRoutes(router, nutrient_deps);
  ServerMetrics metrics;
  Readiness readiness;
  AddOperationsRoutes(router, {metrics, readiness, "", nullptr});
  ImportJobRunner import_jobs(ctx, {.folder = dir.File("imports")});
  AddImportRoutes(router, import_jobs);
  std::set<std::string> routes;
  for (const auto& r : router.routes()) routes.insert(r.method + " " + r.pattern);

  const std::string yaml = ReadFile(std::string(PLATEWISE_SOURCE_DIR) + "/docs/openapi.yaml");
  ASSERT_FALSE(yaml.empty());
  std::set<std::string> documented = DocumentedOperations(yaml);
  ASSERT_GT(documented.size(), 30u);  // the parser found the operations
  for (const auto& r : routes) EXPECT_TRUE(documented.count(r)) << "route not in docs/openapi.yaml: " << r;
  for (const auto& d : documented) EXPECT_TRUE(routes.count(d)) << "documented but not served: " << d;
  EXPECT_EQ(std::string(OpenApiYaml()), yaml) << "the binary serves a stale copy: re-run cmake";
}

TEST(OpenApiRoutesTest, TheParserReadsOperationsOfPathsOnly) {
  const std::string yaml =
      "paths:\n  /a/{id}:\n    parameters: []\n    get:\n      summary: x\n    delete:\n      summary: y\n"
      "  /b:\n    post:\n      summary: z\ncomponents:\n  /c:\n    get:\n";
  EXPECT_EQ(DocumentedOperations(yaml), (std::set<std::string>{"GET /a/{id}", "DELETE /a/{id}", "POST /b"}));
}

}  // namespace
}  // namespace platewise::http
