#ifndef PLATEWISE_STORAGE_POSTGRES_PG_ARRAYS_H_
#define PLATEWISE_STORAGE_POSTGRES_PG_ARRAYS_H_

// Array literals ('{"a","b",NULL}') for one parameter that carries many
// values: a statement with `unnest($1::text[], $2::float8[])` writes or reads
// a whole batch in one round trip. Every element is quoted and escaped, so
// any text (commas, quotes, backslashes, braces) survives.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace platewise::postgres {

class ArrayLiteral {
 public:
  void Add(std::string_view text);
  void Add(double value);
  void Add(long long value);
  void Add(const std::optional<double>& value);
  void AddNull();
  // The literal: '{' elements '}'.
  std::string Text() const { return out_ + "}"; }
  bool empty() const { return out_.size() == 1; }

 private:
  void Separate() {
    if (out_.size() > 1) out_ += ',';
  }
  std::string out_ = "{";
};

// A text[] literal of `values`.
std::string TextArray(const std::vector<std::string>& values);

}  // namespace platewise::postgres

#endif  // PLATEWISE_STORAGE_POSTGRES_PG_ARRAYS_H_
