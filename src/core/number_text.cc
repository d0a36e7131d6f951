#include "core/number_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace platewise {

std::string FormatGrouped(double v, int decimals) {
  decimals = std::clamp(decimals, 0, 3);
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(v * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buf[400];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed);
  std::string digits = ec == std::errc() ? std::string(buf, end) : std::to_string(rounded);
  const std::size_t start = digits.starts_with('-') ? 1 : 0;
  std::size_t point = digits.find('.');
  if (point == std::string::npos) point = digits.size();
  // Built anew rather than by insert (GCC 12 warns falsely on string::insert).
  std::string out = digits.substr(0, start);
  for (std::size_t i = start; i < point; ++i) {
    if (i > start && (point - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  out += digits.substr(point);
  return out;
}

}  // namespace platewise
