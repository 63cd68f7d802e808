import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar'

/** A Gregorian day. */
export interface Day {
  year: number
  month: number
  day: number
}

/**
 * The Gregorian day of a Vietnamese lunar date (the calendar computed for UTC+7, which differs
 * from the Chinese one in some years, e.g. Tết 2007 fell on 17 February in Viet Nam). `null`
 * when the lunar date does not exist (a 30th in a 29-day month, a leap month the year lacks).
 */
export function lunarToSolar(day: number, month: number, year: number, leap: boolean): Day | null {
  if (year < 1200 || year > 2199) return null
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
