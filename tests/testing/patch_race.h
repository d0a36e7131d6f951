#ifndef PLATEWISE_TESTS_TESTING_PATCH_RACE_H_
#define PLATEWISE_TESTS_TESTING_PATCH_RACE_H_

// Two PATCHes of each diary entry sent at the same moment, for the lost-update
// tests: for every id, `first` through client `a` and `second` through
// client `b`, each client on a thread of its own, released together by a
// barrier per entry. The two clients may reach one server or two.

#include <cstdint>
#include <string>
#include <vector>

#include "testing/http_client.h"

namespace platewise::testing {

struct PatchRace {
  std::vector<int> first;   // the status of `first`, by entry
  std::vector<int> second;  // the status of `second`, by entry
};

// `if_match[i]` (when the vector is not empty) goes with both PATCHes of ids[i].
PatchRace RacePatches(HttpClient& a, HttpClient& b, const std::vector<std::int64_t>& ids, const std::string& first,
                      const std::string& second, const std::vector<std::string>& if_match = {});

}  // namespace platewise::testing

#endif  // PLATEWISE_TESTS_TESTING_PATCH_RACE_H_
