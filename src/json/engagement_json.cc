#include "json/engagement_json.h"

namespace platewise {

const char kStreakRule[] =
    "A day counts when you log anything: a food, water, exercise or a weight. Your streak is the run of "
    "consecutive days you logged; a day with nothing logged ends it, and the next logged day starts again at 1. "
    "Today does not break your streak until it is over. Badges you earned stay yours.";

nlohmann::json BadgeReportJson(const BadgeReport& report) {
  nlohmann::json badges = nlohmann::json::array();
  for (const BadgeStatus& b : report.badges) {
    badges.push_back({{"key", b.key},
                      {"name", b.name},
                      {"description", b.description},
                      {"earned", b.earned_on.has_value()},
                      {"earned_on", b.earned_on ? nlohmann::json(b.earned_on->ToString()) : nlohmann::json(nullptr)},
                      {"progress", b.progress},
                      {"goal", b.goal}});
  }
  return {{"streak_days", report.streak_days}, {"streak_rule", kStreakRule}, {"badges", std::move(badges)}};
}

nlohmann::json NotificationsJson(const std::vector<Notification>& all, const std::set<std::string>& read_ids) {
  nlohmann::json list = nlohmann::json::array();
  int unread = 0;
  for (const Notification& n : all) {
    bool read = read_ids.count(n.id) > 0;
    if (!read) ++unread;
    list.push_back({{"id", n.id},
                    {"kind", n.kind},
                    {"date", n.date.ToString()},
                    {"title", n.title},
                    {"body", n.body},
                    {"read", read}});
  }
  return {{"unread", unread}, {"notifications", std::move(list)}};
}

}  // namespace platewise
