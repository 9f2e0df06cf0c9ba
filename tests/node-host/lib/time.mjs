// Beijing time and the official Chinese working-day calendar (host services `clock` and
// `calendar`). Instants are `YYYY-MM-DDTHH:MM:SS+08:00`; dates `YYYY-MM-DD`. The
// calendar data is host-sim's `data/calendar-cn.json` (State Council notices: public
// holidays and 调休 make-up working days); a date outside its years is an error, never
// a guess.

import { readFileSync } from 'node:fs';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\+08:00$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET = 8 * 3600;
const DAY = 86400;

/** Seconds since the Unix epoch of an instant; throws on any other form. */
export function parseInstant(t) {
  const m = INSTANT.exec(t);
  if (!m) throw new Error(`时间格式应为 YYYY-MM-DDTHH:MM:SS+08:00：${t}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000 - OFFSET;
}

/** An instant from seconds since the epoch, in Beijing time. */
export function formatInstant(secs) {
  const iso = new Date((secs + OFFSET) * 1000).toISOString(); // 2026-03-02T09:00:00.000Z
  return `${iso.slice(0, 19)}+08:00`;
}

export function addSeconds(t, seconds) {
  return formatInstant(parseInstant(t) + seconds);
}

/** Now from the system clock, when no simulated clock is set. */
export function systemNow() {
  return formatInstant(Math.floor(Date.now() / 1000));
}

/** Day number (days since 1970-01-01) of a valid date, or undefined. */
function dayNumber(date) {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = m.slice(1).map(Number);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return undefined;
  }
  return ms / 1000 / DAY;
}

function formatDay(day) {
  return new Date(day * DAY * 1000).toISOString().slice(0, 10);
}

/** The working-day calendar of `calendar-cn.json`. */
export class Calendar {
  constructor(path) {
    const data = JSON.parse(readFileSync(path, 'utf8'));
    const years = Object.keys(data.years).map(Number).sort((a, b) => a - b);
    this.first = years[0];
    this.last = years[years.length - 1];
    this.holidays = new Set();
    this.workdays = new Set();
    for (const y of years) {
      const year = data.years[String(y)];
      for (const g of year.holidays ?? []) for (const d of g.dates) this.holidays.add(dayNumber(d));
      for (const g of year.workdays ?? []) for (const d of g.dates) this.workdays.add(dayNumber(d));
    }
  }

  /** A listed make-up day works; a listed holiday rests; otherwise Monday–Friday work. */
  working(day) {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4); 0 is Sunday
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The date `days` working days after `date`, not counting `date` itself. Throws a
   * Chinese message (the import's `err`) when a date is invalid or outside the data.
   */
  addWorkingDays(date, days) {
    const start = dayNumber(date);
    if (start === undefined) throw `日期「${date}」无效，应为 YYYY-MM-DD 格式的有效日期`;
    const year = Number(date.slice(0, 4));
    if (year < this.first || year > this.last) {
      throw `日期 ${date} 超出工作日历范围（${this.first}–${this.last}）`;
    }
    const lastDay = dayNumber(`${this.last}-12-31`);
    let day = start;
    for (let left = days; left > 0; ) {
      day += 1;
      if (day > lastDay) {
        throw `从 ${date} 起加 ${days} 个工作日超出工作日历范围（${this.first}–${this.last}）`;
      }
      if (this.working(day)) left -= 1;
    }
    return formatDay(day);
  }
}
