#include "core/diary/day_number.h"

namespace platewise {

// The days-from-civil algorithm: count 400-year eras of 146097 days, with the
// year starting on 1 March so that the leap day is the last day of a year.
int DayNumber(const CivilDate& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int year_of_era = y - era * 400;
  const int month_from_march = date.month > 2 ? date.month - 3 : date.month + 9;
  const int day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate DateFromDayNumber(int day_number) {
  const int z = day_number + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int day_of_era = z - era * 146097;
  const int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int month_from_march = (5 * day_of_year + 2) / 153;
  CivilDate d;
  d.day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  d.month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  d.year = year_of_era + era * 400 + (d.month <= 2 ? 1 : 0);
  return d;
}

CivilDate AddDays(const CivilDate& date, int days) { return DateFromDayNumber(DayNumber(date) + days); }

int DaysBetween(const CivilDate& from, const CivilDate& to) { return DayNumber(to) - DayNumber(from); }

}  // namespace platewise
