import { dateTimeFormat } from '@solidaria/core';

/** Minutes a time zone is ahead of UTC at a moment (negative in the Americas). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The moment a local date and time (YYYY-MM-DD, HH:MM) happen in a time zone. */
export function localMoment(date: string, time: string, timeZone: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  return new Date(naive.getTime() - offsetMinutes(naive, timeZone) * 60_000);
}
