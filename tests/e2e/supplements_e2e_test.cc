// End-to-end on SQLite: supplement products and doses over HTTP, the UL
// check with food and supplements, and the report for a doctor
// (supplements_api_checks.h; the same checks on PostgreSQL in
// postgres_e2e_test.cc).

#include <gtest/gtest.h>

#include "supplements_api_checks.h"
#include "testing/api_user.h"
#include "testing/seeded_database.h"
#include "testing/subprocess.h"
#include "testing/temp_dir.h"

namespace platewise {
namespace {

TEST(SupplementsApiE2e, ProductsDosesAndTheDoctorsReportOnSqlite) {
  testing::TempDir dir;
  testing::ServerProcess server(PLATEWISE_BINARY, testing::ServeArgs(testing::SeededDatabase(PLATEWISE_BINARY, dir)));
  ASSERT_TRUE(server.started()) << server.output();
  e2e::CheckSupplementsApi(server.port());
}

}  // namespace
}  // namespace platewise
