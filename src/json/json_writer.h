#ifndef PLATEWISE_JSON_JSON_WRITER_H_
#define PLATEWISE_JSON_JSON_WRITER_H_

// Writes compact JSON text straight into a string, for the responses served
// most often (a diary day), where building a nlohmann::json tree first cost
// more than the rest of the request. Everything else uses nlohmann::json.
//
// Numbers are written as nlohmann::json writes them: the shortest text that
// reads back as the same double, with ".0" on whole numbers; NaN and
// infinities become null. Strings are escaped as JSON requires; other bytes
// (UTF-8) pass through.
//
// Usage: w.BeginObject(); w.Key("a"); w.Number(1); w.EndObject(); w.Take().
// The caller keeps the nesting right: nothing here checks it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace platewise {

class JsonWriter {
 public:
  JsonWriter() { out_.reserve(1024); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);

  void String(std::string_view value);
  void Number(double value);
  void Int(std::int64_t value);
  void Null();
  // A number, or null when unknown.
  void OptionalNumber(const std::optional<double>& value);

  std::string Take() { return std::move(out_); }

 private:
  void Open(char c);
  void Close(char c);
  void BeforeValue();  // the comma before a value or key, when one is due
  void Quoted(std::string_view text);

  std::string out_;
  std::vector<bool> has_items_;  // per open object or array
  bool after_key_ = false;
};

}  // namespace platewise

#endif  // PLATEWISE_JSON_JSON_WRITER_H_
