#include "cli/import_progress_bar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace platewise::cli {
namespace {

TEST(ImportProgressBarTest, TheLineShowsTheShareOfBytesRowsAndRowsPerSecond) {
  EXPECT_EQ(ImportProgressBar::Line({"food_nutrient.csv", 250, 1000, 12000}, 3.0),
            "food_nutrient.csv [#####...............] 25%  12,000 rows  4,000 rows/s");
  EXPECT_EQ(ImportProgressBar::Line({"export.xml", 1000, 1000, 0}, 1.0), "export.xml [####################] 100%");
  // A size that is not known (a pipe) shows the megabytes read instead of a bar.
  EXPECT_EQ(ImportProgressBar::Line({"dump.jsonl", 2'500'000, 0, 10}, 0.0), "dump.jsonl 2.5 MB  10 rows");
}

TEST(ImportProgressBarTest, ItRedrawsInPlaceAndEndsItsLineOnce) {
  std::ostringstream err;
  ImportProgressBar bar(err);
  bar.Show({"a.csv", 10, 100, 1});
  bar.Show({"a.csv", 100, 100, 9});  // the end of a file is always drawn
  bar.Finish();
  bar.Finish();
  const std::string out = err.str();
  EXPECT_EQ(out.front(), '\r');
  EXPECT_NE(out.find("a.csv [####################] 100%"), std::string::npos) << out;
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
}

}  // namespace
}  // namespace platewise::cli
