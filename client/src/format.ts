// How times, ages and people read on screen. Times are shown in Europe/London, as the hub works.
import type { Destination, Sex } from '../../shared/schemas/domain';

const LONDON = 'Europe/London';
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "2 h 10 min", "25 min", "1 d 3 h"; under a minute is "under 1 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return 'under 1 min';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** "09:40" in London. */
export const londonTime = (iso: string) => timeFormat.format(new Date(iso));
/** "Tue 24 Nov, 09:40" in London. */
export const londonDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));
/** The formats a deadline's words need in one time zone, made once per zone. */
const zoneFormats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();
function formatsIn(timeZone: string) {
  let formats = zoneFormats.get(timeZone);
  if (!formats) {
    formats = {
      // en-CA writes the calendar day as YYYY-MM-DD, which Date.parse reads as that day's midnight UTC.
      day: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      time: new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      date: new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }),
    };
    zoneFormats.set(timeZone, formats);
  }
  return formats;
}

const DAY_MS = 24 * 60 * 60_000;

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export const calendarDayIn = (at: number | Date, timeZone = LONDON): string => formatsIn(timeZone).day.format(at);

/** Whole calendar days from `now`'s day to `at`'s in a time zone: 0 today, 1 tomorrow, -1 yesterday. */
export const calendarDaysBetween = (now: number, at: number | Date, timeZone = LONDON): number =>
  Math.round((Date.parse(calendarDayIn(at, timeZone)) - Date.parse(calendarDayIn(now, timeZone))) / DAY_MS);

/**
 * A deadline as the hub says it, by calendar day in the hub's time zone: "14:30" today, "tomorrow 09:15",
 * "yesterday 16:00", otherwise "Mon 6 Jan 09:15". A clock time alone always means today.
 */
export function dueWords(iso: string, now: number, timeZone = LONDON): string {
  const formats = formatsIn(timeZone);
  const at = new Date(iso);
  const days = calendarDaysBetween(now, at, timeZone);
  const time = formats.time.format(at);
  if (days === 0) return time;
  if (days === 1) return `tomorrow ${time}`;
  if (days === -1) return `yesterday ${time}`;
  return `${formats.date.format(at).replace(',', '')} ${time}`;
}

/** A calendar date (YYYY-MM-DD) as "17 May 1990". */
export const calendarDate = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));

/** "4:05" left on a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export const SEX_WORDS: Record<Sex, string> = { female: 'female', male: 'male', other: 'other', unknown: 'sex not recorded' };

export const DESTINATION_WORDS: Record<Destination, string> = {
  anp: 'the ANP team',
  pharmacist: 'the clinical pharmacist team',
  physio: 'the FCP (physio) team',
  duty_clinician: 'the duty clinician',
  pharmacy_first: 'Pharmacy First',
  pharmacy_minor_illness: 'a community pharmacy (minor illness)',
  self_referral: 'a self-referral pathway',
  self_care: 'self-care',
  practice_gp: 'the practice GP',
  practice_admin: 'the practice admin team',
  urgent: 'urgent care',
};

/** Words for a symptom-area or other answer key: "symptomArea" → "Symptom area". */
export const humanise = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
