import { describe, expect, it } from 'vitest'
import { findDates } from '../../src/dates/index.js'
import { lunarToSolar } from '../../src/dates/resolve-lunar.js'

describe('lunar dates: the Vietnamese calendar (UTC+7), not the Chinese one', () => {
  it.each([
    // Tết fell a day or a month apart from China's in these years.
    [1, 1, 2007, '2007-02-17'],
    [1, 1, 1985, '1985-01-21'],
    [1, 1, 2024, '2024-02-10'],
    [15, 8, 2023, '2023-09-29'],
    [10, 3, 2024, '2024-04-18'],
  ])('%i/%i/%i âm lịch → %s', (day, month, year, iso) => {
    const solar = lunarToSolar(day, month, year, false)
    expect(solar && `${solar.year}-${String(solar.month).padStart(2, '0')}-${String(solar.day).padStart(2, '0')}`).toBe(iso)
  })
  it('a day that does not exist is no date: 30th of a 29-day month', () => {
    // Lunar month 1 of 2024 has 29 days (Tết 10/2, month 2 begins 10/3).
    expect(lunarToSolar(30, 1, 2024, false)).toBeNull()
  })
  it('a leap month the year lacks is no date', () => {
    expect(lunarToSolar(1, 4, 2024, true)).toBeNull()
  })
  it('a year outside the tables is no date, not an error', () => {
    expect(lunarToSolar(1, 1, 3000, false)).toBeNull()
  })
  it('"mồng 5 tháng Giêng năm 2007 (âm lịch)" with its year written', () => {
    const [date] = findDates('Lễ hội khai mạc mồng 5 tháng Giêng năm 2007 (âm lịch).').dates
    expect(date).toMatchObject({ value: '2007-02-21', precision: 'day' })
  })
  it('without a year nor a reference: not converted, with a warning', () => {
    const found = findDates('Lễ hội diễn ra vào rằm tháng Giêng.')
    expect(found.dates).toEqual([])
    expect(found.warnings[0]).toContain('rằm tháng Giêng')
  })
})
