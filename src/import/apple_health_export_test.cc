// Apple Health's export.xml (docs/imports.md): body mass records as
// weigh-ins, with the traps of FORMATS.md §7 in tests/data/imports/apple-health/.

#include "import/apple_health_export.h"

#include "import/history_import_test_support.h"

namespace platewise {
namespace {

using AppleHealthImportTest = testing::HistoryImportTest;

class AppleHealthTest : public AppleHealthImportTest {
 protected:
  Result<ImportSummary> Import(const std::vector<std::string>& paths, AppleHealthOptions options = {}) {
    return AppleHealthImportTest::Import([&](ImportSummary& summary, const HistoryFileSink& put) {
      return ReadAppleHealthExport(paths, options, summary, put);
    });
  }
};

TEST_F(AppleHealthTest, BodyMassRecordsAreWeighInsConvertedByTheirOwnUnit) {
  auto s = Import({Data("apple-health/export.xml")});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto w = Weights();
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].date, (CivilDate{2026, 3, 1}));
  EXPECT_NEAR(w[0].weight.value(), 70.4, 1e-9);  // the day's earliest, though listed second
  // 23:30 at +0900 is the 2nd where it was weighed (the 2nd 14:30 UTC, too,
  // but the wall-clock date is the one that counts).
  EXPECT_EQ(w[1].date, (CivilDate{2026, 3, 2}));
  EXPECT_NEAR(w[1].weight.value(), 155.0 * 0.45359237, 1e-9);
  EXPECT_EQ(w[2].date, (CivilDate{2026, 3, 4}));
  // The record inside a <Correlation> (Mar 5) repeats a top-level one: not read.
  EXPECT_TRUE(Skipped(*s, "body mass unit \"count\" is not a mass"));
  EXPECT_TRUE(Skipped(*s, "body mass 1200 kg is out of range"));
  EXPECT_TRUE(Noted(*s, "1 later reading of a day"));
  EXPECT_TRUE(Noted(*s, "\"Ann's iPhone\", \"Withings\""));
  EXPECT_EQ(s->weights, 3);
}

TEST_F(AppleHealthTest, ASourceChosenKeepsOnlyItsRecords) {
  auto s = Import({Data("apple-health/export.xml")}, AppleHealthOptions{"Withings"});
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto w = Weights();
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[1].date, (CivilDate{2026, 3, 4}));
  EXPECT_TRUE(Noted(*s, "2 body mass records of other sources than \"Withings\" not imported"));
}

TEST_F(AppleHealthTest, TheSameExportTwiceChangesNothing) {
  ASSERT_TRUE(Import({Data("apple-health/export.xml")}).ok());
  auto again = Import({Data("apple-health/export.xml")});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(again->unchanged_files, std::vector<std::string>{"export.xml"});
  EXPECT_EQ(Weights().size(), 3u);
}

TEST_F(AppleHealthTest, AnEntityDeclarationIsRefusedBeforeAnythingIsWritten) {
  for (const char* file : {"apple-health/entity.xml", "apple-health/external_entity.xml"}) {
    auto s = Import({Data("apple-health/export.xml"), Data(file)});
    ASSERT_FALSE(s.ok()) << file;
    EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(s.status().message().find("declares the entity"), std::string::npos) << s.status().message();
    EXPECT_TRUE(Weights().empty());
  }
}

TEST_F(AppleHealthTest, BrokenOrOtherXmlIsRefusedNamingTheFileAndLine) {
  auto truncated = Import({Data("apple-health/truncated.xml")});
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find("truncated.xml:4: not well-formed XML"), std::string::npos)
      << truncated.status().message();
  auto other = Import({Data("apple-health/not_health.xml")});
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("not an Apple Health export"), std::string::npos)
      << other.status().message();
  auto csv = Import({Data("mfp/nutrition_crlf.csv")});
  EXPECT_EQ(csv.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(Import({Data("apple-health/missing.xml")}).status().code(), StatusCode::kNotFound);
  EXPECT_TRUE(Weights().empty());
}

// Streaming: a file far larger than a parse chunk (64 KiB), its records
// split across chunk boundaries, reads as a small one does.
TEST_F(AppleHealthTest, AFileOfManyChunksReadsEveryRecord) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n";
  for (int i = 0; i < 20000; ++i) {
    xml += " <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Watch\" unit=\"count/min\" "
           "startDate=\"2025-01-01 10:00:00 +0000\" endDate=\"2025-01-01 10:00:00 +0000\" value=\"60\"/>\n";
    if (i % 100 == 0) {
      const int day = i / 100 % 28 + 1, month = i / 2800 + 1;
      char date[16];
      std::snprintf(date, sizeof date, "2025-%02d-%02d", month, day);
      xml += std::string(" <Record type=\"HKQuantityTypeIdentifierBodyMass\" sourceName=\"Scale\" unit=\"kg\" startDate=\"") +
             date + " 07:00:00 +0000\" endDate=\"" + date + " 07:00:00 +0000\" value=\"70\"/>\n";
    }
  }
  xml += "</HealthData>\n";
  ASSERT_GT(xml.size(), 20u << 16);
  auto s = Import({Write("export.xml", xml)});
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->weights, 200);
  EXPECT_EQ(Weights().size(), 200u);
}

}  // namespace
}  // namespace platewise
