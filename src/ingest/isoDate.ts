import { InvalidDateError } from "./errors.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "2024-03-01T12:00:00Z" and "2024-03-01 12:00" keep their calendar date. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/;

/** True for a real calendar date written YYYY-MM-DD ("2023-02-29" is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids DST gaps.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Normalises a date given by a user or a front matter to YYYY-MM-DD.
 * `what` names the origin for the message ("--date", "front matter date").
 */
export function toIsoDate(value: unknown, what: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InvalidDateError(`invalid ${what}: not a date`);
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== "string") {
    throw new InvalidDateError(`invalid ${what}: ${JSON.stringify(value)} (expected YYYY-MM-DD)`);
  }
  const trimmed = value.trim();
  const date = ISO_DATE_TIME.exec(trimmed)?.[1] ?? trimmed;
  if (!isIsoDate(date)) {
    throw new InvalidDateError(`invalid ${what}: ${JSON.stringify(value)} (expected a real date YYYY-MM-DD)`);
  }
  return date;
}
