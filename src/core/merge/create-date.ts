/**
 * The `Create Date:` of a new revision, as Python prints a datetime (`str(datetime.now())`):
 * `2026-01-05 14:03:27.123456`, microseconds left out when zero, `+01:00` appended when the
 * environment sets `timezone`. The clock is read by the caller; this is formatting only.
 */

/** A wall-clock time broken into fields (the caller reads the clock and the zone). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Seconds since the epoch (`%(epoch)s` of file_template). */
  epochSeconds: number;
  /** Minutes east of UTC, only when the environment sets a `timezone`. */
  utcOffsetMinutes?: number;
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/** `str(datetime)` in Python. */
export function formatCreateDate(d: LocalDateTime): string {
  let out = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)} ${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}`;
  if (d.microsecond !== 0) out += `.${pad(d.microsecond, 6)}`;
  if (d.utcOffsetMinutes !== undefined) {
    const abs = Math.abs(d.utcOffsetMinutes);
    out += `${d.utcOffsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  }
  return out;
}
