#include "testing/patch_race.h"

#include <barrier>
#include <thread>

namespace platewise::testing {

PatchRace RacePatches(HttpClient& a, HttpClient& b, const std::vector<std::int64_t>& ids, const std::string& first,
                      const std::string& second, const std::vector<std::string>& if_match) {
  PatchRace race{std::vector<int>(ids.size()), std::vector<int>(ids.size())};
  std::barrier start(2);
  auto send = [&](HttpClient& client, const std::string& body, std::vector<int>& statuses) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
      client.SetHeader("If-Match", if_match.empty() ? "" : if_match[i]);
      start.arrive_and_wait();
      statuses[i] = client.Request("PATCH", "/api/v1/diary/entries/" + std::to_string(ids[i]), body).status;
    }
    client.SetHeader("If-Match", "");
  };
  std::thread by_first([&] { send(a, first, race.first); });
  send(b, second, race.second);
  by_first.join();
  return race;
}

}  // namespace platewise::testing
