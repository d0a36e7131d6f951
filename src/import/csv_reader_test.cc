#include "import/csv_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "testing/temp_dir.h"

namespace platewise {
namespace {

std::vector<std::vector<std::string>> ReadAll(const std::string& text, Status* error = nullptr) {
  testing::TempDir dir;
  std::string path = dir.File("t.csv");
  std::ofstream(path, std::ios::binary) << text;
  auto reader = CsvReader::Open(path);
  EXPECT_TRUE(reader.ok());
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  while (true) {
    auto got = reader->Next(row);
    if (!got.ok()) {
      if (error) *error = got.status();
      break;
    }
    if (!*got) break;
    rows.push_back(row);
  }
  return rows;
}

TEST(CsvReaderTest, ReadsRfc4180Records) {
  auto rows = ReadAll("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,,\"multi\nline\"\n3,plain,\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "x, y", "say \"hi\""}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"2", "", "multi\nline"}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"3", "plain", ""}));
}

TEST(CsvReaderTest, ReportsMalformedQuotingWithTheLine) {
  Status error;
  ReadAll("a,b\n1,\"open\n", &error);
  EXPECT_EQ(error.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(error.message().find("t.csv:2"), std::string::npos) << error.message();

  ReadAll("a,b\n1,\"x\"y\n", &error);
  EXPECT_NE(error.message().find("closing quote"), std::string::npos) << error.message();
}

TEST(CsvReaderTest, MissingFileIsUnavailable) {
  auto r = CsvReader::Open("/nonexistent/platewise/x.csv");
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace platewise
