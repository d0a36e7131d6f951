#include "supplements_api_checks.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>

#include "testing/api_user.h"

namespace platewise::e2e {
namespace {

using nlohmann::json;

const json& Line(const json& report, const std::string& key) {
  for (const json& n : report["report"]["nutrients"]) {
    if (n["key"] == key) return n;
  }
  ADD_FAILURE() << "no line for " << key << " in " << report.dump();
  static const json none = json::object();
  return none;
}

}  // namespace

void CheckSupplementsApi(int port) {
  testing::ApiUser pat(port, "pat-supplements@example.org");
  ASSERT_TRUE(pat.ok());
  // Female, 36 in November 2026: magnesium EAR 265 mg, RDA 320 mg, UL 350 mg (supplements only).
  pat.Must(200, "PUT", "/api/v1/profile",
           {{"sex", "female"}, {"birth_date", "1990-01-01"}, {"height_cm", 165}, {"weight_kg", 60},
            {"activity", "light"}, {"weekly_goal_lb", -1}, {"units", "metric"}, {"time_zone", "UTC"}});

  // Products: refusals name their field; a good one reads back in the list.
  EXPECT_EQ(pat.Call("POST", "/api/v1/supplements", {{"name", " "}, {"unit", "tablet"}, {"per_unit", {{"magnesium", 1}}}})
                .status,
            422);
  auto unknown = pat.Call("POST", "/api/v1/supplements",
                          {{"name", "X"}, {"unit", "tablet"}, {"per_unit", {{"unobtainium", 1}}}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_NE(unknown.body.find("unobtainium"), std::string::npos) << unknown.body;
  EXPECT_EQ(pat.Call("POST", "/api/v1/supplements", {{"name", "X"}, {"unit", "tablet"}, {"per_unit", {{"magnesium", -5}}}})
                .status,
            422);
  json mg = pat.Must(201, "POST", "/api/v1/supplements",
                     {{"name", "Magnesium citrate"}, {"unit", "tablet"}, {"per_unit", {{"magnesium", 200}}}});
  EXPECT_EQ(mg["per_unit"]["magnesium"], 200);
  const std::int64_t mg_id = mg["id"];
  json zinc = pat.Must(201, "POST", "/api/v1/supplements",
                       {{"name", "Zinc"}, {"unit", "capsule"}, {"per_unit", {{"zinc", 15}}}});
  json list = pat.Must(200, "GET", "/api/v1/supplements");
  ASSERT_EQ(list["supplements"].size(), 2u);
  EXPECT_EQ(list["supplements"][0]["name"], "Magnesium citrate");

  // A food of exactly 100 mg magnesium a serving, eaten at three meals a day
  // on three days (so the days are fully logged).
  json food = pat.Must(201, "POST", "/api/v1/foods",
                       {{"name", "Test oats"}, {"serving_grams", 50}, {"per", "serving"},
                        {"nutrients", {{"energy", 200}, {"magnesium", 100}}}});
  const std::string food_id = food["id"];
  for (const char* day : {"2026-11-23", "2026-11-24", "2026-11-25"}) {
    for (const char* meal : {"breakfast", "lunch", "dinner"}) {
      pat.Must(201, "POST", std::string("/api/v1/diary/") + day + "/entries",
               {{"meal", meal}, {"food_id", food_id}, {"grams", std::string(day) == "2026-11-23" ? 25 : 50}});
    }
  }
  // Day totals from food: 150, 300, 300 mg. Doses: 1 tablet on the 24th
  // (500 mg in all), 2 on the 25th (400 mg from supplements, over the UL).
  EXPECT_EQ(pat.Call("POST", "/api/v1/supplement-doses", {{"supplement_id", 4242}}).status, 422);
  EXPECT_EQ(pat.Call("POST", "/api/v1/supplement-doses", {{"supplement_id", mg_id}, {"units", 0}}).status, 422);
  json d1 = pat.Must(201, "POST", "/api/v1/supplement-doses", {{"supplement_id", mg_id}, {"date", "2026-11-24"}});
  EXPECT_EQ(d1["units"], 1);
  pat.Must(201, "POST", "/api/v1/supplement-doses", {{"supplement_id", mg_id}, {"date", "2026-11-25"}, {"units", 2}});
  json zinc_dose = pat.Must(201, "POST", "/api/v1/supplement-doses",
                            {{"supplement_id", zinc["id"]}, {"date", "2026-11-25"}});
  json doses = pat.Must(200, "GET", "/api/v1/supplement-doses?from=2026-11-23&to=2026-11-25");
  ASSERT_EQ(doses["doses"].size(), 3u);
  EXPECT_EQ(doses["doses"][0]["date"], "2026-11-24");
  // Deleting a dose and a product (with its doses).
  pat.Must(204, "DELETE", "/api/v1/supplement-doses/" + std::to_string(zinc_dose["id"].get<std::int64_t>()));
  EXPECT_EQ(pat.Call("DELETE", "/api/v1/supplement-doses/" + std::to_string(zinc_dose["id"].get<std::int64_t>())).status,
            404);
  pat.Must(201, "POST", "/api/v1/supplement-doses", {{"supplement_id", zinc["id"]}, {"date", "2026-11-25"}});
  pat.Must(204, "DELETE", "/api/v1/supplements/" + std::to_string(zinc["id"].get<std::int64_t>()));
  EXPECT_EQ(pat.Must(200, "GET", "/api/v1/supplements")["supplements"].size(), 1u);
  EXPECT_EQ(pat.Must(200, "GET", "/api/v1/supplement-doses?from=2026-11-23&to=2026-11-25")["doses"].size(), 2u);

  pat.Must(201, "POST", "/api/v1/weights", {{"date", "2026-11-23"}, {"weight_kg", 60}});
  pat.Must(201, "POST", "/api/v1/weights", {{"date", "2026-11-25"}, {"weight_kg", 59.6}});

  json report = pat.Must(200, "GET", "/api/v1/reports/doctor?from=2026-11-23&to=2026-11-25");
  EXPECT_EQ(report["from"], "2026-11-23");
  const json& line = Line(report, "magnesium");
  EXPECT_NEAR(line["mean_food"].get<double>(), (50.0 * 3 + 300 + 300) / 3, 1e-9);
  EXPECT_NEAR(line["mean_supplements"].get<double>(), (200.0 + 400) / 3, 1e-9);
  EXPECT_EQ(line["days_below_ear"], 1);  // the 23rd's 150 mg; the 24th has 500, the 25th 700
  EXPECT_EQ(line["days_above_ul"], 1);   // the 25th's 400 mg of supplements
  EXPECT_EQ(line["ear"], 265);
  EXPECT_NE(report["target_sources"]["magnesium"].get<std::string>().find("National Academies"), std::string::npos);
  ASSERT_EQ(report["supplements"].size(), 1u);
  EXPECT_EQ(report["supplements"][0]["name"], "Magnesium citrate");
  EXPECT_EQ(report["supplements"][0]["doses"], 2);
  EXPECT_EQ(report["supplements"][0]["units"], 3);
  EXPECT_EQ(report["supplements"][0]["days"], 2);
  EXPECT_NEAR(report["weight"]["change_kg"].get<double>(), -0.4, 1e-9);
  EXPECT_NEAR(report["weight"]["kg_per_week"].get<double>(), -0.4 / 2 * 7, 1e-9);
  EXPECT_EQ(report["weight"]["first"]["date"], "2026-11-23");
  EXPECT_NE(report["not_a_diagnosis"].get<std::string>().find("not a diagnosis"), std::string::npos);
  EXPECT_EQ(pat.Call("GET", "/api/v1/reports/doctor?from=2026-11-25&to=2026-11-23").status / 100, 4);

  // Another user sees none of it and can delete none of it.
  testing::ApiUser other(port, "other-supplements@example.org");
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other.Must(200, "GET", "/api/v1/supplements")["supplements"].empty());
  EXPECT_EQ(other.Call("DELETE", "/api/v1/supplements/" + std::to_string(mg_id)).status, 404);
  EXPECT_EQ(other.Call("POST", "/api/v1/supplement-doses", {{"supplement_id", mg_id}}).status, 422);
  EXPECT_EQ(pat.Must(200, "GET", "/api/v1/supplements")["supplements"].size(), 1u);
}

}  // namespace platewise::e2e
