#ifndef PLATEWISE_CORE_QUANTITY_H_
#define PLATEWISE_CORE_QUANTITY_H_

// Units are types. Stored and computed values are metric (see
// docs/architecture.md); imperial units exist only where text is parsed or
// printed. A Quantity never rounds: rounding is for display only.

namespace platewise {

template <typename Tag>
class Quantity {
 public:
  constexpr Quantity() = default;
  constexpr explicit Quantity(double value) : value_(value) {}
  constexpr double value() const { return value_; }

  constexpr Quantity operator+(Quantity o) const { return Quantity(value_ + o.value_); }
  constexpr Quantity operator-(Quantity o) const { return Quantity(value_ - o.value_); }
  constexpr Quantity operator*(double k) const { return Quantity(value_ * k); }
  constexpr Quantity& operator+=(Quantity o) { value_ += o.value_; return *this; }
  constexpr auto operator<=>(const Quantity&) const = default;

 private:
  double value_ = 0;
};

struct KcalTag {};
struct GramsTag {};
struct KilogramsTag {};
struct CentimetersTag {};

using Kcal = Quantity<KcalTag>;              // food energy, kilocalories
using Grams = Quantity<GramsTag>;            // mass of food
using Kilograms = Quantity<KilogramsTag>;    // body mass
using Centimeters = Quantity<CentimetersTag>;  // body height

// Exact conversion factors (international yard and pound, 1959).
inline constexpr double kGramsPerPound = 453.59237;
inline constexpr double kGramsPerOunce = kGramsPerPound / 16;
inline constexpr double kCmPerInch = 2.54;
// The US fluid ounce: 1/128 of the US gallon of 231 cubic inches.
inline constexpr double kMlPerFluidOunce = 29.5735295625;

}  // namespace platewise

#endif  // PLATEWISE_CORE_QUANTITY_H_
