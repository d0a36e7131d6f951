#ifndef PLATEWISE_TESTS_TESTING_SEEDED_DATABASE_H_
#define PLATEWISE_TESTS_TESTING_SEEDED_DATABASE_H_

// A new SQLite database as the first start of `platewise` leaves it: the
// schema and the bundled SR24 foods, no account. For end-to-end tests that
// are about what happens after the first start, which is most of them.
//
// Why: importing SR24 into each test's new database took about 0.7 s, and 7 s
// under AddressSanitizer, in each of some 150 tests. The import now runs once
// per build of the binary (`platewise --db T import usda`, the command a person
// would run), and each test gets a copy of the file. Tests of the first start
// itself keep an empty path (TempDir::File) and let the binary import.

#include <filesystem>
#include <string>

#include "testing/temp_dir.h"

namespace platewise::testing {

// Copies the template made by `binary` (making it first when this build of
// the binary has none) to `dir`/`name` and returns that path; when that file
// exists already (a second server on the same database, a restart), returns
// its path and leaves it as it is. Safe when
// tests run in parallel: a template is written under a unique name and then
// renamed into place. Fails the test (ADD_FAILURE) and returns the path of
// an empty file when the template cannot be made.
std::string SeededDatabase(const std::string& binary, const TempDir& dir, const std::string& name = "p.db");

// Removes the finished templates beside `keep` but `keep`, and never one
// still being written (".partial-PID"). For SeededDatabase and its test.
void RemoveOtherTemplates(const std::filesystem::path& keep);

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_SEEDED_DATABASE_H_
