#include "import/fdc_json.h"

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "import/export_lines.h"
#include "import/fdc_foods.h"
#include "import/file_hash.h"
#include "import/import_progress.h"

namespace platewise {
namespace {

using nlohmann::json;

// A member as text: strings as they are, numbers as JSON writes them (the
// shortest text that reads back the same double), anything else "".
std::string Text(const json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

const json& Member(const json& object, const char* key) {
  static const json kNull;
  if (!object.is_object()) return kNull;
  auto it = object.find(key);
  return it == object.end() ? kNull : *it;
}

std::string FoodGroup(const json& food) {
  if (const json& c = Member(food, "foodCategory"); c.is_object()) return Text(c, "description");
  if (const json& c = Member(food, "foodCategory"); c.is_string()) return c.get<std::string>();
  if (const json& w = Member(food, "wweiaFoodCategory"); w.is_object()) {
    return Text(w, "wweiaFoodCategoryDescription");
  }
  return Text(food, "brandedFoodCategory");
}

// The food to `foods`, which emits it. The sink's error is returned.
Status ReadFood(const json& food, const std::string& file, FdcFoods& foods) {
  const std::string fdc_id = Text(food, "fdcId");
  const FdcWhere where{file, 0, "fdcId " + (fdc_id.empty() ? std::string("(none)") : fdc_id)};
  foods.AddFood(fdc_id, Text(food, "dataType"), Text(food, "description"), FoodGroup(food),
                Text(food, "publicationDate"), where);
  if (!foods.Has(fdc_id)) return Status::Ok();
  if (food.contains("gtinUpc") || food.contains("brandOwner")) {
    foods.SetBranded(fdc_id, Text(food, "brandOwner"), Text(food, "brandName"), Text(food, "gtinUpc"),
                     Text(food, "brandedFoodCategory"), Text(food, "servingSize"), Text(food, "servingSizeUnit"),
                     Text(food, "householdServingFullText"), where);
  }
  if (const json& nutrients = Member(food, "foodNutrients"); nutrients.is_array()) {
    for (const json& n : nutrients) {
      const json& def = Member(n, "nutrient");
      // The full format nests the definition; the abridged one is flat.
      FdcNutrientDef d = def.is_object()
                             ? FdcNutrientDef{Text(def, "number"), Text(def, "unitName"), Text(def, "name")}
                             : FdcNutrientDef{Text(n, "number"), Text(n, "unitName"), Text(n, "name")};
      if (d.number.empty()) continue;  // not a nutrient this format numbers
      foods.AddNutrient(fdc_id, d, Text(n, "amount"), where);
    }
  }
  if (const json& portions = Member(food, "foodPortions"); portions.is_array()) {
    double order = 0;
    for (const json& p : portions) {
      const std::string seq = Text(p, "sequenceNumber");
      char* end = nullptr;
      const double n = std::strtod(seq.c_str(), &end);
      const double key = !seq.empty() && end == seq.c_str() + seq.size() ? n : 1e9 + order;
      ++order;
      foods.AddPortion(fdc_id, key, Text(p, "amount"), Text(Member(p, "measureUnit"), "name"), Text(p, "modifier"),
                       Text(p, "portionDescription"), Text(p, "gramWeight"), where);
    }
  }
  return foods.Emit(Trim(fdc_id));
}

// The file as the parser reads it, hashed on the way (one read of a file
// that may be gigabytes, not one to hash and one to parse).
class HashingFile : public std::streambuf {
 public:
  explicit HashingFile(const std::string& path) : file_(path, std::ios::binary), chunk_(1 << 16, '\0') {}
  bool is_open() const { return file_.is_open(); }
  std::int64_t bytes_read() const { return bytes_read_; }
  // Reads what the parser left, so the hash is the whole file's.
  std::string HexAfterDrain() {
    while (underflow() != traits_type::eof()) setg(chunk_.data(), egptr(), egptr());
    return hash_.Hex();
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    file_.read(chunk_.data(), static_cast<std::streamsize>(chunk_.size()));
    const std::streamsize n = file_.gcount();
    if (n <= 0) return traits_type::eof();
    hash_.Update(std::string_view(chunk_.data(), static_cast<std::size_t>(n)));
    bytes_read_ += n;
    setg(chunk_.data(), chunk_.data(), chunk_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::ifstream file_;
  std::string chunk_;
  FileHash hash_;
  std::int64_t bytes_read_ = 0;
};

}  // namespace

bool LooksLikeJson(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  char c = 0;
  int read = 0;
  while (in.get(c) && read < 4096) {
    ++read;
    const unsigned char u = static_cast<unsigned char>(c);
    if (u == 0xEF || u == 0xBB || u == 0xBF || c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '{' || c == '[';
  }
  return false;
}

Result<std::string> ReadFdcJson(const std::vector<std::string>& paths, const std::vector<Nutrient>& catalog,
                                ImportSummary& summary, const FoodSink& put) {
  FdcFoods foods(catalog, summary, put);
  FileHash run_hash;
  for (const std::string& path : paths) {
    HashingFile file(path);
    if (!file.is_open()) return Status::NotFound("cannot open " + path);
    std::istream in(&file);
    const std::string name = std::filesystem::path(path).filename().string();
    std::error_code size_error;
    const auto file_size = std::filesystem::file_size(path, size_error);
    const std::int64_t size = size_error ? 0 : static_cast<std::int64_t>(file_size);
    // The foods are the elements of the first array: at depth 1 in a bare
    // array, at depth 2 under the top object's first array-valued key.
    int foods_depth = 0;  // 0: not inside the foods' array (yet)
    bool done = false;
    std::int64_t read = 0;
    Status emitted = Status::Ok();  // the sink's first error: the parse stops at it
    auto callback = [&](int depth, json::parse_event_t event, json& parsed) {
      using E = json::parse_event_t;
      if (event == E::array_start && !done && foods_depth == 0 && depth <= 1) {
        foods_depth = depth + 1;
      } else if (event == E::array_end && foods_depth != 0 && depth == foods_depth - 1) {
        foods_depth = 0;
        done = true;
      } else if (event == E::object_end && foods_depth != 0 && depth == foods_depth) {
        if (!emitted.ok()) return false;
        emitted = ReadFood(parsed, name, foods);
        ++read;
        // Where the parser is in the file, for a progress bar; a food is
        // some kilobytes, so every 64th is often enough.
        if (read % 64 == 0) ReportImportProgress({name, file.bytes_read(), size, read});
        return false;  // dropped: the parse keeps no food it has read
      }
      return true;
    };
    try {
      // What stays of the document once its foods are dropped (the other keys).
      const json rest = json::parse(in, callback);
      static_cast<void>(rest);
    } catch (const json::exception& e) {
      return Status::InvalidArgument(name + ": not valid JSON: " + e.what());
    }
    PW_RETURN_IF_ERROR(emitted);
    if (!done) {
      return Status::InvalidArgument(name + ": no array of foods (FoodData Central's JSON is "
                                            "{\"FoundationFoods\": [...]} or the like)");
    }
    run_hash.Update(file.HexAfterDrain());
    ReportImportProgress({name, size, size, read});
    if (read == 0) summary.notes.push_back(name + ": its array of foods is empty");
    summary.files.push_back(name);
  }
  foods.Finish();
  return run_hash.Hex();
}

}  // namespace platewise
