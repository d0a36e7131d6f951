#ifndef PLATEWISE_CORE_NUMBER_TEXT_H_
#define PLATEWISE_CORE_NUMBER_TEXT_H_

// Numbers as messages and sentences show them to people.

#include <string>

namespace platewise {

// `v` rounded to `decimals` places (0-3) with trailing zeros dropped and
// thousands separated, never in exponent form: "100,000", "2,204.6", "0.5".
std::string FormatGrouped(double v, int decimals = 1);

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUMBER_TEXT_H_
