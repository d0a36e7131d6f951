#ifndef PLATEWISE_JSON_ENGAGEMENT_JSON_H_
#define PLATEWISE_JSON_ENGAGEMENT_JSON_H_

// Badges and notifications as JSON:
//   {"streak_days": 3, "streak_rule": "A day counts when ...",
//    "badges": [{"key": "bronze-member", "name": "Bronze member", "description": "...",
//                "earned": true, "earned_on": "2026-11-29", "progress": 7, "goal": 7}]}
//   {"unread": 1, "notifications": [{"id": "badge:first-food", "kind": "badge",
//    "date": "2026-11-23", "title": "...", "body": "...", "read": false}]}
// earned_on is null for a badge not earned yet.

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/engagement/notifications.h"

namespace platewise {

extern const char kStreakRule[];

nlohmann::json BadgeReportJson(const BadgeReport& report);
nlohmann::json NotificationsJson(const std::vector<Notification>& all, const std::set<std::string>& read_ids);

}  // namespace platewise

#endif  // PLATEWISE_JSON_ENGAGEMENT_JSON_H_
