#ifndef PLATEWISE_TESTS_E2E_GOALS_SCENARIO_H_
#define PLATEWISE_TESTS_E2E_GOALS_SCENARIO_H_

// The goals API end to end (GET/PUT /api/v1/goal/macros, /api/v1/goal/weight,
// the diary day's macros, the projection's goal dates, export), for one
// signed-up user without a profile on a server whose foods include SR24's
// spinach (11457). Run on SQLite (goals_e2e_test.cc) and PostgreSQL
// (postgres_e2e_test.cc); failures are the test's (EXPECT/ASSERT).

#include "testing/api_user.h"

namespace platewise::testing {

void CheckGoalsApi(ApiUser& user);

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_E2E_GOALS_SCENARIO_H_
