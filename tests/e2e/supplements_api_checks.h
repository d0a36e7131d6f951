#ifndef PLATEWISE_TESTS_E2E_SUPPLEMENTS_API_CHECKS_H_
#define PLATEWISE_TESTS_E2E_SUPPLEMENTS_API_CHECKS_H_

// The supplements API and the report for a doctor, walked through a running
// `platewise serve` by a new user: the same checks on every store
// (supplements_e2e_test.cc on SQLite, PostgresE2e.SupplementsAndTheDoctorsReportWorkOnPostgres
// on PostgreSQL).

namespace platewise::e2e {

// Records its failures with gtest's EXPECT/ADD_FAILURE.
void CheckSupplementsApi(int port);

}  // namespace platewise::e2e

#endif  // PLATEWISE_TESTS_E2E_SUPPLEMENTS_API_CHECKS_H_
