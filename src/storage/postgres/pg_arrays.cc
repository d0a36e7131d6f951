#include "storage/postgres/pg_arrays.h"

#include <cstdio>

namespace platewise::postgres {

void ArrayLiteral::Add(std::string_view text) {
  Separate();
  out_ += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') out_ += '\\';
    out_ += c;
  }
  out_ += '"';
}

void ArrayLiteral::Add(double value) {
  char buf[32];
  int n = std::snprintf(buf, sizeof buf, "%.17g", value);
  Separate();
  out_.append(buf, static_cast<std::size_t>(n));
}

void ArrayLiteral::Add(long long value) {
  Separate();
  out_ += std::to_string(value);
}

void ArrayLiteral::Add(const std::optional<double>& value) {
  if (value)
    Add(*value);
  else
    AddNull();
}

void ArrayLiteral::AddNull() {
  Separate();
  out_ += "NULL";
}

std::string TextArray(const std::vector<std::string>& values) {
  ArrayLiteral a;
  for (const std::string& v : values) a.Add(std::string_view(v));
  return a.Text();
}

}  // namespace platewise::postgres
