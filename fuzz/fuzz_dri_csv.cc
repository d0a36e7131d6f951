// The Dietary Reference Intakes reader (import/dri_csv.h) on any file.

#include <string_view>

#include "fuzz_target.h"
#include "import/dri_csv.h"
#include "input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& inputs = platewise::fuzz::Inputs();
  inputs.Clear();
  std::string path = inputs.Write("dri.csv", std::string_view(reinterpret_cast<const char*>(data), size));
  auto table = platewise::ReadDriCsv(path);
  if (!table.ok()) FUZZ_CHECK(!table.status().message().empty(), "a refusal says why");
  return 0;
}
