// WriteSharedFoods: the check pass, then one streamed transaction per
// source, on the importers' test store.

#include "import/shared_food_import.h"

#include <gtest/gtest.h>

#include "import/history_import_test_support.h"

namespace platewise {
namespace {

Food Product(const std::string& id, const std::string& source) {
  Food f;
  f.id = id;
  f.source = source;
  f.description = "Product " + id;
  f.per_100g.Set("energy", 100);
  return f;
}

// A file rewritten between the check and the write (a download still being
// copied in) gives another checksum the second time: the run fails and the
// transaction it was writing in leaves the store as it was.
TEST(SharedFoodImportTest, AFileThatChangesBetweenTheCheckAndTheWriteWritesNothing) {
  testing::ImporterTestStore store;
  int reads = 0;
  const SharedFoodRead read = [&](ImportSummary& summary, const FoodSink& put) -> Result<std::string> {
    ++reads;
    summary.files.push_back("products.jsonl");
    PW_RETURN_IF_ERROR(put(Product("off:1", "off")));
    PW_RETURN_IF_ERROR(put(Product("off:2", "off")));
    return std::string(reads == 1 ? "bytes of the first read" : "bytes of the second read");
  };
  ImportSummary summary;
  const Status written = WriteSharedFoods(*store.store().foods, read, summary);
  EXPECT_EQ(written.code(), StatusCode::kConflict);
  EXPECT_NE(written.message().find("a file changed while it was imported"), std::string::npos) << written.message();
  EXPECT_EQ(store.store().foods->GetFood("off:1").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(summary.files, (std::vector<std::string>{"products.jsonl"}));  // the check's, not the write's too
}

// One run of several sources (FDC's full download) writes each in its own
// transaction, reading the files once to check and once per source.
TEST(SharedFoodImportTest, EachSourceIsWrittenInItsOwnPassAndCounted) {
  testing::ImporterTestStore store;
  int reads = 0;
  const SharedFoodRead read = [&](ImportSummary&, const FoodSink& put) -> Result<std::string> {
    ++reads;
    PW_RETURN_IF_ERROR(put(Product("fdc:1", "fdc-branded")));
    PW_RETURN_IF_ERROR(put(Product("fdc:2", "fdc-foundation")));
    PW_RETURN_IF_ERROR(put(Product("fdc:3", "fdc-branded")));
    return std::string("same bytes");
  };
  ImportSummary summary;
  ASSERT_TRUE(WriteSharedFoods(*store.store().foods, read, summary).ok());
  EXPECT_EQ(reads, 3);
  EXPECT_EQ(summary.foods, 3);
  EXPECT_EQ((*store.store().foods->GetFood("fdc:2"))->source, "fdc-foundation");
  EXPECT_EQ((*store.store().foods->GetFood("fdc:3"))->source, "fdc-branded");

  ImportSummary again;
  ASSERT_TRUE(WriteSharedFoods(*store.store().foods, read, again).ok());
  EXPECT_EQ(reads, 4);  // checked once; both datasets unchanged, so not read again
  EXPECT_EQ(again.foods, 0);
  ASSERT_EQ(again.notes.size(), 2u);
  EXPECT_EQ(again.notes[0], "fdc-branded: imported before, unchanged (2 foods): nothing written");
}

}  // namespace
}  // namespace platewise
