// "Today" is the server's answer, never the browser's clock: the date in the
// profile's time zone (GET /api/v1/today), so the page, the API and the CLI
// agree on which day is today even when the browser is elsewhere.
import { get } from './api';

export async function serverToday(): Promise<string> {
  const r = await get<{ date: string; time_zone: string }>('/today');
  return r.date;
}
