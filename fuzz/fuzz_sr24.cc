// The USDA SR24 importer (import/usda_sr24.h) on a folder of its four
// tables. The input holds them in order, foods, nutrients, food_nutrients,
// portions, each ending at a line "--next file--"; a table the input does
// not reach is missing. A dataset it accepts must import into a store.

#include <array>
#include <string>
#include <string_view>

#include "fuzz_target.h"
#include "import/usda_sr24.h"
#include "input_file.h"
#include "storage/memory/memory_store.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static constexpr std::array<const char*, 4> kTables = {"foods.csv", "nutrients.csv", "food_nutrients.csv",
                                                         "portions.csv"};
  static constexpr std::string_view kSeparator = "\n--next file--\n";
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  const auto& inputs = platewise::fuzz::Inputs();
  inputs.Clear();
  for (const char* table : kTables) {
    if (rest.empty()) break;
    auto end = rest.find(kSeparator);
    inputs.Write(table, rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + kSeparator.size());
  }
  auto dataset = platewise::ReadUsdaSr24(inputs.path());
  if (!dataset.ok()) return 0;
  auto store = platewise::OpenMemoryStore();
  FUZZ_CHECK(store.ok(), "the memory store opens");
  auto imported = (*store)->foods->ImportDataset(*dataset);
  FUZZ_CHECK(imported.ok(), "a dataset the importer accepts imports into a store");
  return 0;
}
