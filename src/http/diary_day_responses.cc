#include "http/diary_day_responses.h"

#include "core/diary/day_number.h"
#include "json/day_summary_json.h"

namespace platewise::http {

std::string DiaryDayResponses::Json(UserId user, DiaryDayInputs inputs) {
  const Key key{user, DayNumber(inputs.date)};
  if (auto kept = days_.Find(key); kept && SameDiaryDay((*kept)->inputs, inputs)) return (*kept)->json;
  std::string json = DiaryDayJson(SummarizeDiaryDay(inputs));
  if (inputs.rows.version != 0) days_.Put(key, std::make_shared<const Kept>(Kept{std::move(inputs), json}));
  return json;
}

}  // namespace platewise::http
