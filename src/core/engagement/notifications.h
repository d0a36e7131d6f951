#ifndef PLATEWISE_CORE_ENGAGEMENT_NOTIFICATIONS_H_
#define PLATEWISE_CORE_ENGAGEMENT_NOTIFICATIONS_H_

// Notifications, derived from the diary and the badges: a badge earned, a
// magnesium shortfall over a week, and a weekly summary for each finished
// week (Monday to Sunday) with something logged, the last 8 weeks at most.
// A summary's mean intake is over the week's fully logged days
// (IsFullyLoggedDay), beside the budget and the calorie floor; a mean below
// the floor is said to be below it.
// Each has a stable id, so its read state can be stored by id.

#include <string>
#include <vector>

#include "core/engagement/badges.h"

namespace platewise {

struct Notification {
  std::string id;    // "badge:bronze-member", "week:2026-11-23", "shortfall:magnesium:2026-11-23"
  std::string kind;  // "badge", "shortfall", "weekly_summary"
  CivilDate date;    // when it happened
  std::string title;
  std::string body;
};

// Newest first.
std::vector<Notification> BuildNotifications(const BadgeInputs& in, const BadgeReport& badges);

}  // namespace platewise

#endif  // PLATEWISE_CORE_ENGAGEMENT_NOTIFICATIONS_H_
