// The CSV reader (import/csv_reader.h) on any bytes, plain or (when they
// start with gzip's magic number) as a .gz file: every record is read to the
// end or the first error, which must name the file and line.

#include <string>
#include <string_view>
#include <vector>

#include "fuzz_target.h"
#include "import/csv_reader.h"
#include "input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const bool gzip = bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
  const auto& inputs = platewise::fuzz::Inputs();
  inputs.Clear();
  std::string path = inputs.Write(gzip ? "input.csv.gz" : "input.csv", bytes);
  auto reader = platewise::CsvReader::Open(path);
  if (!reader.ok()) return 0;
  std::vector<std::string> fields;
  while (true) {
    auto more = reader->Next(fields);
    if (!more.ok()) {
      FUZZ_CHECK(more.status().message().find("input.csv") != std::string::npos, "a CSV error names the file");
      break;
    }
    if (!*more) break;
    FUZZ_CHECK(!fields.empty(), "a record has at least one field");
  }
  return 0;
}
