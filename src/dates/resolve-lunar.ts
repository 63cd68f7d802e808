import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar'

/** A Gregorian day. */
export interface Day {
  year: number
  month: number
  day: number
}

/**
 * A memo of pure data, not of any article: the lunar calendar's conversions already made, keyed
 * by the lunar day, month, year and leap flag (bounded). The package computes new moons for each
 * call (about 12 µs a round trip), and the same few days (Tết, rằm) recur across articles.
 */
const converted = new Map<number, Day | null>()

/**
 * The Gregorian day of a Vietnamese lunar date (the calendar computed for UTC+7, which differs
 * from the Chinese one in some years, e.g. Tết 2007 fell on 17 February in Viet Nam). `null`
 * when the lunar date does not exist (a 30th in a 29-day month, a leap month the year lacks).
 */
export function lunarToSolar(day: number, month: number, year: number, leap: boolean): Day | null {
  if (year < 1200 || year > 2199) return null
  if (month < 1 || month > 12 || day < 1 || day > 31) return convert(day, month, year, leap)
  const key = ((year * 13 + month) * 32 + day) * 2 + (leap ? 1 : 0)
  let solar = converted.get(key)
  if (solar === undefined) {
    if (converted.size >= 4096) converted.clear()
    solar = convert(day, month, year, leap)
    converted.set(key, solar)
  }
  return solar
}

function convert(day: number, month: number, year: number, leap: boolean): Day | null {
  try {
    const solar = getSolarDate(day, month, year, leap)
    if (solar.year === 0) return null
    // The package rolls an impossible day over into the next month: check by converting back.
    const back = getLunarDate(solar.day, solar.month, solar.year)
    if (back.day !== day || back.month !== month || back.year !== year || back.leap !== leap) return null
    return { year: solar.year, month: solar.month, day: solar.day }
  } catch {
    return null
  }
}
