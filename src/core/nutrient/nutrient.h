#ifndef PLATEWISE_CORE_NUTRIENT_NUTRIENT_H_
#define PLATEWISE_CORE_NUTRIENT_NUTRIENT_H_

#include <map>
#include <optional>
#include <string>

namespace platewise {

// A nutrient of the food-composition data: `key` is stable ("magnesium"),
// `unit` is the unit of every amount of it (g, mg, ug, kcal, IU).
struct Nutrient {
  std::string key;
  std::string name;
  std::string unit;
  std::optional<int> usda_number;  // SR nutrient number; absent for computed sums
};

// Amounts of nutrients per 100 g of a food, by nutrient key. A key that is
// absent means "not analysed", which is not zero: Get returns nullopt.
class NutrientValues {
 public:
  void Set(const std::string& key, double amount) { values_[key] = amount; }
  std::optional<double> Get(const std::string& key) const {
    auto it = values_.find(key);
    if (it == values_.end()) return std::nullopt;
    return it->second;
  }
  const std::map<std::string, double>& all() const { return values_; }
  bool operator==(const NutrientValues&) const = default;

 private:
  std::map<std::string, double> values_;
};

}  // namespace platewise

#endif  // PLATEWISE_CORE_NUTRIENT_NUTRIENT_H_
