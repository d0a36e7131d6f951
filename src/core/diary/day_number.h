#ifndef PLATEWISE_CORE_DIARY_DAY_NUMBER_H_
#define PLATEWISE_CORE_DIARY_DAY_NUMBER_H_

// Calendar arithmetic on CivilDate: a date as a count of days since
// 1970-01-01 (proleptic Gregorian), and back.

#include "core/diary/civil_date.h"

namespace platewise {

int DayNumber(const CivilDate& date);
CivilDate DateFromDayNumber(int days);
inline CivilDate AddDays(const CivilDate& date, int days) { return DateFromDayNumber(DayNumber(date) + days); }

}  // namespace platewise

#endif  // PLATEWISE_CORE_DIARY_DAY_NUMBER_H_
