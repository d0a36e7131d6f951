#include "branded_corpus.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <unordered_set>

#include "search/text_tokens.h"

namespace platewise::bench {
namespace {

// splitmix64: the same numbers from every standard library (the <random>
// distributions are not specified bit for bit).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>((Next() >> 11) % n); }
  // True with probability `p`.
  bool Chance(double p) { return static_cast<double>(Next() >> 11) < p * 9007199254740992.0; }
  // Skewed to the front: index i drawn about as often as 1/sqrt(i+1).
  std::size_t Skewed(std::size_t n) {
    double u = static_cast<double>(Next() >> 11) / 9007199254740992.0;
    auto i = static_cast<std::size_t>(static_cast<double>(n) * u * u);
    return std::min(i, n - 1);
  }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }
  template <typename T, std::size_t N>
  const T& Pick(const std::array<T, N>& v) { return v[Below(N)]; }

 private:
  std::uint64_t state_;
};

constexpr std::uint64_t kSeed = 20240615;

constexpr std::array<std::string_view, 32> kOnsets = {"b",  "br", "c",  "ch", "cr", "d",  "f",  "fl",
                                                      "fr", "g",  "gr", "h",  "j",  "k",  "l",  "m",
                                                      "n",  "p",  "pl", "pr", "r",  "s",  "sh", "sk",
                                                      "sn", "st", "sw", "t",  "tr", "v",  "w",  "z"};
constexpr std::array<std::string_view, 11> kVowels = {"a", "e", "i", "o", "u", "ai", "ea", "oo", "ou", "y", "io"};
constexpr std::array<std::string_view, 14> kCodas = {"", "", "", "n", "r", "l", "m", "s", "x", "ck", "nd", "rt", "ll", "t"};

constexpr std::array<std::string_view, 60> kBrandWords = {
    "Sun",     "Valley",  "Golden",   "Green",   "Mountain", "River",    "Happy",   "Little",  "Big",
    "Wild",    "Blue",    "Red",      "Old",     "Country",  "Prairie",  "Harvest", "Ocean",   "Maple",
    "Oak",     "Cedar",   "Pine",     "Meadow",  "Brook",    "Hill",     "Field",   "Garden",  "Family",
    "Nature's", "Mother's", "Grandma's", "Uncle", "Chef",    "Royal",    "Crown",   "Star",    "North",
    "South",   "West",    "East",     "Pacific", "Atlantic", "Texas",    "Vermont", "Alpine",  "Nordic",
    "Tuscan",  "Aloha",   "Simple",   "True",    "Good",     "Pure",     "Bright",  "Silver",  "Lucky",
    "Sunny",   "Rocky",   "Urban",    "Farmhouse", "Hearth",  "Heritage"};
constexpr std::array<std::string_view, 20> kBrandSuffixes = {
    "Farms",   "Foods",    "Kitchen",   "Organics", "Naturals", "Bakery",  "Creamery", "Co.",     "Brands", "Market",
    "& Sons",  "Provisions", "Pantry",  "Dairy",    "Orchards", "Gardens", "Mills",    "Snacks",  "Select", "Company"};
constexpr std::array<std::string_view, 14> kStoreBrands = {
    "Great Value",  "Kroger",       "Kirkland Signature", "365 Everyday Value", "Trader Joe's", "Market Pantry",
    "Good & Gather", "Tesco",       "Carrefour",          "Simply Nature",      "Signature Select", "Food Lion",
    "Hannaford",    "Wegmans"};

constexpr std::array<std::string_view, 64> kFlavours = {
    "Vanilla",        "Chocolate",      "Dark Chocolate", "Milk Chocolate", "Strawberry",    "Blueberry",
    "Raspberry",      "Honey",          "Cinnamon",       "Peanut Butter",  "Caramel",       "Salted Caramel",
    "Mint",           "Lemon",          "Lime",           "Orange",         "Mango",         "Peach",
    "Cherry",         "Apple Cinnamon", "Maple",          "Original",       "BBQ",           "Barbecue",
    "Sour Cream & Onion", "Jalapeno",   "Garlic & Herb",  "Sea Salt",       "Cheddar",       "Spicy",
    "Hot & Spicy",    "Smoky",          "Teriyaki",       "Sweet & Sour",   "Coconut",       "Almond",
    "Hazelnut",       "Pistachio",      "Cookies & Cream", "Birthday Cake", "Pumpkin Spice", "Mocha",
    "Espresso",       "Matcha",         "Ginger",         "Tropical",       "Mixed Berry",   "Banana",
    "Pineapple",      "Watermelon",     "Grape",          "Cranberry",      "Pomegranate",   "Oats & Honey",
    "Honey Nut",      "Cinnamon Raisin", "Double Chocolate", "White Cheddar", "Ranch",        "Buffalo",
    "Chipotle",       "Tomato & Basil", "Four Cheese",    "Unflavored"};
constexpr std::array<std::string_view, 44> kForms = {
    "Bar",      "Bars",      "Bites",     "Chips",    "Crisps",   "Drink",   "Powder",   "Mix",      "Spread",
    "Sauce",    "Cups",      "Sticks",    "Flakes",   "Clusters", "Squares", "Pouch",    "Snack",    "Cookies",
    "Crackers", "Puffs",     "Rounds",    "Thins",    "Wafers",   "Bowl",    "Cereal",   "Granola",  "Soup",
    "Dressing", "Dip",       "Juice",     "Smoothie", "Shake",    "Nectar",  "Jerky",    "Patties",  "Nuggets",
    "Strips",   "Slices",    "Loaf",      "Muffins",  "Wraps",    "Pasta",   "Noodles",  "Medley"};
constexpr std::array<std::string_view, 56> kMarketing = {
    "Organic",     "Natural",      "All Natural",  "Gluten Free", "Non-GMO",     "Premium",     "Classic",
    "Original",    "Homestyle",    "Artisan",      "Reduced Fat", "Low Sodium",  "Keto",        "Protein",
    "High Fiber",  "Whole Grain",  "Simply",       "Fresh",       "Crunchy",     "Creamy",      "Deluxe",
    "Gourmet",     "Lite",         "Zero Sugar",   "No Sugar Added", "Family Recipe", "Traditional", "Authentic",
    "Hearty",      "Light",        "Extra",        "Super",       "Ultimate",    "Everyday",    "Kids",
    "Mini",        "Jumbo",        "Thick Cut",    "Kettle Cooked", "Oven Baked", "Slow Roasted", "Farm Fresh",
    "Country Style", "Old Fashioned", "Select",    "Choice",      "Fancy",       "Hand Made",   "Small Batch",
    "Plant Based", "Vegan",        "Heart Healthy", "Lean",       "Fat Free",    "Sugar Free",  "Unsweetened"};
constexpr std::array<std::string_view, 40> kDescriptors = {
    "Roasted",  "Salted",    "Unsalted",  "Whole Grain", "Low Fat",    "Reduced Sodium", "Sweetened", "Smoked",
    "Honey Roasted", "Toasted", "Chunky",  "Smooth",      "Sliced",     "Diced",          "Shredded",  "Frozen",
    "Instant",  "Microwave", "Baked",     "Fried",       "Grilled",    "Marinated",      "Seasoned",  "Lightly Salted",
    "Stuffed",  "Glazed",    "Frosted",   "Filled",      "Dried",      "Canned",         "Pickled",   "Fermented",
    "Sprouted", "Multigrain", "Stone Ground", "Cold Pressed", "Wild Caught", "Free Range", "Grass Fed", "Aged"};
constexpr std::array<std::string_view, 24> kWithThings = {
    "Real Fruit",  "Whole Grain Oats", "Sea Salt",   "10g Protein",  "Almonds",     "Honey",
    "No Added Sugar", "Live Cultures", "Vitamin D",  "Real Cheese",  "Dark Chocolate Chips", "Cranberries",
    "Chia Seeds",  "Peanuts",          "Raisins",    "Olive Oil",    "Garlic",      "Herbs",
    "Vegetables",  "Brown Rice",       "Quinoa",     "Cashews",      "Probiotics",  "Omega-3"};
constexpr std::array<std::string_view, 24> kPackages = {
    "Family Size", "Value Pack", "Multipack",  "Pack of 6",    "Single Serve", "Snack Size",
    "Resealable Pouch", "Club Pack", "Bulk",   "Jar",          "Can",          "Bottle",
    "Box",         "Tub",          "Bag",      "Carton",       "Party Size",   "Twin Pack",
    "Variety Pack", "Pack of 12",  "Tray",     "Sleeve",       "Canister",     "Share Size"};
constexpr std::array<std::string_view, 12> kUnits = {"oz", "oz", "fl oz", "g", "g", "kg", "ml", "L", "lb", "ct", "Count", "pieces"};

// SR24's groups by how many brand products are of their kind (0: none).
int GroupWeight(std::string_view group) {
  static constexpr std::array<std::pair<std::string_view, int>, 24> kWeights = {{
      {"Snacks", 40},           {"Sweets", 12},          {"Baked Products", 8},        {"Breakfast Cereals", 10},
      {"Beverages", 10},        {"Dairy and Egg Products", 8}, {"Soups, Sauces, and Gravies", 4},
      {"Fats and Oils", 5},     {"Fruits and Fruit Juices", 4}, {"Vegetables and Vegetable Products", 2},
      {"Legumes and Legume Products", 4}, {"Nut and Seed Products", 12}, {"Cereal Grains and Pasta", 8},
      {"Sausages and Luncheon Meats", 5}, {"Meals, Entrees, and Side Dishes", 6}, {"Spices and Herbs", 6},
      {"Beef Products", 1},     {"Pork Products", 1},    {"Poultry Products", 1},      {"Finfish and Shellfish Products", 2},
      {"Baby Foods", 2},        {"Lamb, Veal, and Game Products", 0}, {"Fast Foods", 0}, {"Restaurant Foods", 0},
  }};
  for (const auto& [g, w] : kWeights)
    if (g == group) return w;
  return 0;
}

bool HasCapsWord(std::string_view s) {
  int run = 0;
  for (char c : s) {
    run = std::isupper(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && std::islower(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = c == ' ' || c == '-';
  }
  return out;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::size_t WordCount(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool w = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

struct Category {
  std::string noun;   // "Peanut Butter", "Granola Bars"
  std::string group;  // the SR24 food group it came from
};

// The head segments of SR24's generic names (the second segment after a
// category head: "Nuts, almonds" -> "Almonds"), weighted by how many brand
// products of their group there are; brand names (ALL CAPS) are left out.
std::vector<Category> Categories(const std::vector<search::IndexedFood>& sr) {
  std::vector<Category> out;
  for (const auto& f : sr) {
    int weight = GroupWeight(f.food_group);
    if (weight == 0 || HasCapsWord(f.name) || f.name.find('(') != std::string::npos) continue;
    std::vector<std::string> segments;
    std::string cur;
    for (char c : f.name) {
      if (c == ',') {
        segments.push_back(cur);
        cur.clear();
      } else if (!(c == ' ' && cur.empty())) {
        cur += c;
      }
    }
    segments.push_back(cur);
    std::string head = segments[0];
    std::string folded;
    for (const auto& w : search::TokenizeQuery(head)) folded += (folded.empty() ? "" : " ") + w;
    if (segments.size() > 1 && search::IsCategoryHead(folded)) head = segments[1];
    if (head.empty() || WordCount(head) > 3) continue;
    for (int i = 0; i < weight; ++i) out.push_back({TitleCase(head), f.food_group});
  }
  return out;
}

// The qualifiers of SR24's generic names ("dry roasted", "low fat"), for
// product names' descriptors: SR's words, as often as SR says them.
std::vector<std::string> Qualifiers(const std::vector<search::IndexedFood>& sr) {
  static const std::unordered_set<std::string_view> kKitchenOnly = {
      "raw", "cooked", "boiled", "drained", "separable lean only", "without salt", "with salt", "all grades",
      "mature seeds", "trimmed to 0\" fat", "choice", "select", "NFS", "braised", "simmered", "stewed"};
  std::vector<std::string> out;
  for (const auto& f : sr) {
    if (HasCapsWord(f.name)) continue;
    std::size_t start = f.name.find(", ");
    while (start != std::string::npos) {
      std::size_t end = f.name.find(',', start + 2);
      std::string q = f.name.substr(start + 2, end == std::string::npos ? std::string::npos : end - start - 2);
      if (!q.empty() && WordCount(q) <= 2 && q.find_first_of("()0123456789/\"%") == std::string::npos &&
          !kKitchenOnly.contains(q)) {
        out.push_back(TitleCase(q));
      }
      start = end;
    }
  }
  return out;
}

std::string CoinedWord(Rng& rng, int syllables) {
  std::string w;
  for (int i = 0; i < syllables; ++i) {
    w += rng.Pick(kOnsets);
    w += rng.Pick(kVowels);
    if (i + 1 == syllables || rng.Chance(0.3)) w += rng.Pick(kCodas);
  }
  w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return w;
}

struct Brand {
  std::string name;
  std::vector<std::string> lines;  // product lines ("Crunchy Harvest", "Zestoria")
  bool caps_in_fdc;                // FDC writes it in capitals
};

std::vector<Brand> Brands(Rng& rng, std::size_t n) {
  std::vector<Brand> out;
  std::unordered_set<std::string> seen;
  for (auto s : kStoreBrands) seen.insert(std::string(s));
  while (out.size() < n) {
    if (out.size() < kStoreBrands.size()) {  // first, so that they have the most products
      out.push_back({std::string(kStoreBrands[out.size()]), {}, true});
      out.back().lines.emplace_back(rng.Pick(kMarketing));
      continue;
    }
    std::string name;
    switch (rng.Below(6)) {
      case 0: name = CoinedWord(rng, 2 + static_cast<int>(rng.Below(2))); break;
      case 1: name = CoinedWord(rng, 2) + " " + std::string(rng.Pick(kBrandSuffixes)); break;
      case 2: name = std::string(rng.Pick(kBrandWords)) + " " + std::string(rng.Pick(kBrandWords)); break;
      case 3:
        name = std::string(rng.Pick(kBrandWords)) + " " + std::string(rng.Pick(kBrandWords)) + " " +
               std::string(rng.Pick(kBrandSuffixes));
        break;
      case 4: name = CoinedWord(rng, 2) + "'s " + std::string(rng.Pick(kBrandSuffixes)); break;
      default: name = std::string(rng.Pick(kBrandWords)) + " " + CoinedWord(rng, 2); break;
    }
    if (!seen.insert(name).second) continue;
    Brand b{name, {}, rng.Chance(0.6)};
    if (rng.Chance(0.2)) b.name = Upper(b.name);  // OFF keeps what the package says: some ALL CAPS
    std::size_t lines = 1 + rng.Below(5);
    for (std::size_t i = 0; i < lines; ++i) {
      b.lines.push_back(rng.Chance(0.5) ? CoinedWord(rng, 2 + static_cast<int>(rng.Below(2)))
                                        : std::string(rng.Pick(kBrandWords)) + " " + std::string(rng.Pick(kMarketing)));
    }
    out.push_back(std::move(b));
  }
  return out;
}

std::string Size(Rng& rng) {
  std::string_view unit = rng.Pick(kUnits);
  std::string amount = std::to_string(1 + rng.Skewed(40) * (1 + rng.Below(25)));
  if (unit.size() <= 2 && unit != "ct" && rng.Chance(0.15)) {
    amount += '.';
    amount += std::to_string(rng.Below(10));
  }
  std::string s = amount + (rng.Chance(0.3) && unit.size() <= 2 ? "" : " ") + std::string(unit);
  if (rng.Chance(0.1)) s = std::to_string(2 + rng.Below(23)) + " x " + s;
  return s;
}

// Makes ids unique: the record's serial is in the last 7 digits.
std::string OffId(Rng& rng, std::size_t serial) {
  static constexpr std::array<int, 10> kLengths = {13, 13, 13, 13, 13, 13, 12, 12, 8, 14};
  int length = rng.Pick(kLengths);
  std::string tail = std::to_string(serial % 10000000);
  tail.insert(0, 7 - tail.size(), '0');
  std::string head;
  for (int i = 0; i < length - 7; ++i) head += static_cast<char>('0' + rng.Below(10));
  if (length == 13 && rng.Chance(0.4)) head.replace(0, 3, "000");  // UPC-A as OFF stores it
  return "off:" + head + tail;
}

struct Record {
  std::string product;  // without the brand
  const Brand* brand;
};

search::IndexedFood Finish(Rng& rng, const Record& r, const std::string& group, bool fdc, std::size_t serial) {
  std::string brand = r.brand->name;
  std::string product = r.product;
  if (fdc) {
    if (rng.Chance(0.7)) product = Upper(product);
    if (r.brand->caps_in_fdc) brand = Upper(brand);
  }
  std::string name = product;
  // The brand is a segment of its own unless the product name says it.
  std::vector<std::string> brand_words = search::TokenizeQuery(brand);
  std::vector<std::string> product_words = search::TokenizeQuery(product);
  if (std::search(product_words.begin(), product_words.end(), brand_words.begin(), brand_words.end()) ==
      product_words.end()) {
    name += ", " + brand;
  }
  std::string id = fdc ? "fdc:" + std::to_string(1000000 + serial) : OffId(rng, serial);
  return {std::move(id), std::move(name), group, true, 1, search::kSharedFood};
}

struct RealProduct {
  std::string_view brand;
  std::string_view product;
  std::string_view group;
};

// Real-shaped products, so that brand queries can be checked: each in a few
// sizes, in both sources.
constexpr std::array<RealProduct, 18> kRealProducts = {{
    {"General Mills", "Cheerios Toasted Whole Grain Oat Cereal", "Breakfast Cereals"},
    {"General Mills", "Honey Nut Cheerios Whole Grain Oat Cereal", "Breakfast Cereals"},
    {"General Mills", "Multi Grain Cheerios Lightly Sweetened Cereal", "Breakfast Cereals"},
    {"General Mills", "Chocolate Cheerios Whole Grain Oat Cereal", "Breakfast Cereals"},
    {"General Mills", "Frosted Cheerios Sweetened Whole Grain Oat Cereal", "Breakfast Cereals"},
    {"General Mills", "Apple Cinnamon Cheerios Whole Grain Oat Cereal", "Breakfast Cereals"},
    {"General Mills", "Honey Nut Cheerios Medley Crunch Cereal", "Breakfast Cereals"},
    {"General Mills", "Cinnamon Toast Crunch Breakfast Cereal", "Breakfast Cereals"},
    {"General Mills", "Lucky Charms Frosted Toasted Oat Cereal with Marshmallows", "Breakfast Cereals"},
    {"KIND", "KIND Bar, Dark Chocolate Nuts & Sea Salt", "Snacks"},
    {"KIND", "KIND Bar, Peanut Butter Dark Chocolate", "Snacks"},
    {"KIND", "KIND Bar, Almond & Coconut", "Snacks"},
    {"KIND", "KIND Bar, Maple Glazed Pecan & Sea Salt", "Snacks"},
    {"KIND", "KIND Bar, Caramel Almond & Sea Salt", "Snacks"},
    {"KIND", "KIND Healthy Grains Bar, Oats & Honey with Toasted Coconut", "Snacks"},
    {"KIND", "KIND Protein Bar, Crunchy Peanut Butter", "Snacks"},
    {"KIND", "KIND Breakfast Bar, Blueberry Almond", "Snacks"},
    {"KIND", "KIND Minis, Dark Chocolate Nuts & Sea Salt", "Snacks"},
}};

}  // namespace

const std::vector<BrandQuery>& RealBrandQueries() {
  static const std::vector<BrandQuery> kQueries = {
      {"cheerios", "general mills"}, {"kind bar", "kind"}, {"honey nut cheerios", "general mills"}};
  return kQueries;
}

std::vector<search::IndexedFood> BrandedCorpus(const std::vector<search::IndexedFood>& sr, std::size_t count) {
  Rng rng(kSeed);
  const std::vector<Category> categories = Categories(sr);
  const std::vector<std::string> qualifiers = Qualifiers(sr);
  std::vector<Brand> brands = Brands(rng, 8000);
  std::vector<Brand> real;
  for (const RealProduct& p : kRealProducts) {
    if (real.empty() || real.back().name != p.brand) real.push_back({std::string(p.brand), {}, true});
  }

  std::vector<search::IndexedFood> out;
  out.reserve(count);
  std::size_t serial = 0;
  for (const RealProduct& p : kRealProducts) {
    const Brand* brand = nullptr;
    for (const Brand& b : real)
      if (b.name == p.brand) brand = &b;
    for (int v = 0; v < 3; ++v) {
      std::string product(p.product);
      if (v > 0) product.append(" ").append(Size(rng));
      out.push_back(Finish(rng, {product, brand}, std::string(p.group), v == 2, serial++));
    }
  }

  while (out.size() < count) {
    // One product, then its variants: sizes, flavours, packagings.
    const Brand& brand = brands[rng.Skewed(brands.size())];
    const Category& category = rng.Pick(categories);
    std::vector<std::string> before;  // words before the category noun
    if (rng.Chance(0.5)) before.emplace_back(rng.Pick(kMarketing));
    if (rng.Chance(0.15)) before.emplace_back(rng.Pick(kMarketing));
    if (rng.Chance(0.002)) before.emplace_back("One of a Kind");
    if (rng.Chance(0.45)) before.push_back(rng.Pick(brand.lines));
    // The long tail of words that only a few products have: variety and
    // recipe names, words of other languages.
    if (rng.Chance(0.15)) before.push_back(CoinedWord(rng, 2 + static_cast<int>(rng.Below(2))));
    if (rng.Chance(0.4)) before.emplace_back(rng.Chance(0.6) ? std::string(rng.Pick(kDescriptors)) : rng.Pick(qualifiers));
    std::string form = rng.Chance(0.45) ? std::string(rng.Pick(kForms)) : "";
    std::string with;
    if (rng.Chance(0.2)) {
      with = "with " + (rng.Chance(0.5) ? std::string(rng.Pick(kWithThings)) : rng.Pick(categories).noun);
    }
    const bool flavoured = rng.Chance(0.6);
    const std::size_t flavours = flavoured ? 1 + rng.Skewed(5) : 1;
    const std::size_t sizes = 1 + rng.Skewed(4);
    const bool flavour_after_comma = rng.Chance(0.4);
    std::string base_flavour(rng.Pick(kFlavours));
    for (std::size_t fl = 0; fl < flavours && out.size() < count; ++fl) {
      std::string flavour = fl == 0 ? base_flavour : std::string(rng.Pick(kFlavours));
      for (std::size_t sz = 0; sz < sizes && out.size() < count; ++sz) {
        std::string core;
        auto add = [&core](std::string_view w) {
          if (w.empty()) return;
          if (!core.empty()) core += ' ';
          core += w;
        };
        for (const auto& w : before) add(w);
        if (flavoured && !flavour_after_comma) add(flavour);
        add(category.noun);
        add(form);
        add(with);
        while (WordCount(core) < 4) {
          std::string more(rng.Pick(kMarketing));
          core = more + " " + core;
        }
        std::string tail;
        if (flavoured && flavour_after_comma) tail += ", " + flavour;
        if (rng.Chance(0.25)) tail += (tail.empty() && rng.Chance(0.5) ? " " : ", ") + std::string(rng.Pick(kPackages));
        if (rng.Chance(0.7)) tail += (rng.Chance(0.5) ? " " : ", ") + Size(rng);
        std::string product = core + tail;
        if (WordCount(product) > 15) product = core;
        const bool fdc = rng.Chance(0.3);
        out.push_back(Finish(rng, {product, &brand}, category.group, fdc, serial++));
        // The same product in the other source, written its way.
        if (rng.Chance(0.12) && out.size() < count) {
          out.push_back(Finish(rng, {product, &brand}, category.group, !fdc, serial++));
        }
      }
    }
  }
  return out;
}

}  // namespace platewise::bench
