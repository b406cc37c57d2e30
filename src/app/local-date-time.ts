/**
 * Reads a wall-clock time into the fields Alembic's Create Date and file_template use: local time
 * like Python's `datetime.now()`, or the named zone's time with its UTC offset when the
 * environment sets `timezone` (Alembic tries the name as written, then upper-cased).
 */
import { MigcheckError } from '../core/errors.js';
import type { LocalDateTime } from '../core/merge/create-date.js';
import { mergeUnknownTimezone } from '../core/messages.js';

function zoneFields(date: Date, timeZone: string): LocalDateTime | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(date);
  } catch {
    return undefined;
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offset = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  return { ...wall, microsecond: date.getMilliseconds() * 1000, epochSeconds: Math.floor(date.getTime() / 1000), utcOffsetMinutes: offset };
}

/** The fields of `date` in local time, or in `timezone` when given. */
export function localDateTime(date: Date, timezone?: string): LocalDateTime {
  if (timezone !== undefined) {
    const fields = zoneFields(date, timezone) ?? zoneFields(date, timezone.toUpperCase());
    if (!fields) throw new MigcheckError(mergeUnknownTimezone(timezone));
    return fields;
  }
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    second: date.getSeconds(),
    microsecond: date.getMilliseconds() * 1000,
    epochSeconds: Math.floor(date.getTime() / 1000),
  };
}
