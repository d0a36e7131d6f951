#include "core/engagement/notifications.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/number_text.h"

namespace platewise {
namespace {

constexpr int kWeeksShown = 8;

std::string Whole(double v) { return std::to_string(static_cast<long>(std::lround(v))); }

// Monday of the week holding day number n (1970-01-01 was a Thursday).
long MondayOf(long n) { return n - ((n + 3) % 7 + 7) % 7; }

}  // namespace

std::vector<Notification> BuildNotifications(const BadgeInputs& in, const BadgeReport& badges) {
  std::vector<Notification> out;
  for (const BadgeStatus& b : badges.badges) {
    if (!b.earned_on) continue;
    out.push_back({"badge:" + b.key, "badge", *b.earned_on, "Badge earned: " + b.name, b.description});
  }

  std::map<long, std::vector<const LoggedDay*>> weeks;  // by Monday's day number
  long this_monday = MondayOf(DayNumber(in.today));
  for (const LoggedDay& d : in.days) {
    long monday = MondayOf(DayNumber(d.date));
    if (monday < this_monday && monday >= this_monday - 7 * kWeeksShown) weeks[monday].push_back(&d);
  }
  for (const auto& [monday, days] : weeks) {
    CivilDate start = DateFromDayNumber(monday);
    CivilDate done = DateFromDayNumber(monday + 7);  // the Monday after: when the week is over
    // Averages are over days whose values are all known (see LoggedDay).
    int food_days = 0;
    double eaten = 0, magnesium = 0;
    int magnesium_days = 0;
    for (const LoggedDay* d : days) {
      if (!d->has_food) continue;
      if (d->fully_logged()) {
        ++food_days;
        eaten += d->eaten_kcal;
      }
      if (d->magnesium_mg && d->magnesium_unknown_entries == 0) {
        magnesium += *d->magnesium_mg;
        ++magnesium_days;
      }
    }
    std::string body = "You logged " + std::to_string(days.size()) + " of 7 days";
    if (food_days > 0) {
      const double mean = eaten / food_days;
      body += " and ate " + FormatGrouped(mean, 0) + " kcal a day on the " + std::to_string(food_days) +
              (food_days == 1 ? " fully logged day" : " fully logged days");
      if (in.budget_kcal) {
        body += " (budget " + FormatGrouped(*in.budget_kcal, 0) + " kcal";
        if (in.floor_kcal) body += ", floor " + FormatGrouped(*in.floor_kcal, 0) + " kcal";
        body += ")";
      }
      body += ".";
      if (in.floor_kcal && mean < *in.floor_kcal) {
        body += " That is below your floor of " + FormatGrouped(*in.floor_kcal, 0) +
                " kcal a day, the least advised without a doctor's supervision: eating so little is not a goal "
                "met, so such days earn no budget badge.";
      }
    } else if (std::any_of(days.begin(), days.end(), [](const LoggedDay* d) { return d->has_food; })) {
      body += "; none had at least " + std::to_string(kMealsForFullyLoggedDay) +
              " meals logged with every food's energy known, so there is no daily average.";
    } else {
      body += ".";
    }
    out.push_back({"week:" + start.ToString(), "weekly_summary", done, "Your week of " + start.ToString(), body});
    if (in.magnesium_target_mg && magnesium_days > 0 && magnesium / magnesium_days < *in.magnesium_target_mg) {
      out.push_back({"shortfall:magnesium:" + start.ToString(), "shortfall", done,
                     "Magnesium was low the week of " + start.ToString(),
                     "You averaged " + Whole(magnesium / magnesium_days) + " mg a day against a target of " +
                         Whole(*in.magnesium_target_mg) + " mg (" + in.magnesium_target_label +
                         "). Leafy greens, nuts, seeds and beans are rich in it."});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Notification& a, const Notification& b) { return a.date > b.date; });
  return out;
}

}  // namespace platewise
