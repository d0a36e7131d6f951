#include "json/json_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

namespace platewise {
namespace {

TEST(JsonWriterTest, WritesNestedValuesWithCommasInTheRightPlaces) {
  JsonWriter w;
  w.BeginObject();
  w.Key("a");
  w.BeginArray();
  w.Int(1);
  w.Int(-2);
  w.BeginObject();
  w.EndObject();
  w.BeginArray();
  w.EndArray();
  w.EndArray();
  w.Key("b");
  w.Null();
  w.Key("c");
  w.String("x");
  w.EndObject();
  EXPECT_EQ(w.Take(), R"({"a":[1,-2,{},[]],"b":null,"c":"x"})");
}

TEST(JsonWriterTest, WritesNumbersAsNlohmannDoes) {
  for (double v : {0.0, 1.0, -3.0, 0.1, 61.174000000000007, 1428.78125, 1e-7, 123456789012.5, 1e300, -0.0}) {
    JsonWriter w;
    w.Number(v);
    EXPECT_EQ(w.Take(), nlohmann::json(v).dump()) << v;
  }
}

TEST(JsonWriterTest, UnknownAndNonFiniteNumbersAreNull) {
  JsonWriter w;
  w.BeginArray();
  w.OptionalNumber(std::nullopt);
  w.Number(std::numeric_limits<double>::quiet_NaN());
  w.Number(std::numeric_limits<double>::infinity());
  w.OptionalNumber(0.0);  // zero is a value, not unknown
  w.EndArray();
  EXPECT_EQ(w.Take(), "[null,null,null,0.0]");
}

TEST(JsonWriterTest, EscapesStringsSoTheyReadBack) {
  const std::string tricky = "quote \" backslash \\ newline \n tab \t bell \x07 caf\xc3\xa9";
  JsonWriter w;
  w.BeginObject();
  w.Key("k\"ey");
  w.String(tricky);
  w.EndObject();
  auto parsed = nlohmann::json::parse(w.Take());
  EXPECT_EQ(parsed["k\"ey"], tricky);
}

}  // namespace
}  // namespace platewise
