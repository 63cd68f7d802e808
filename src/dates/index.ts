import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'
import type { DateMention } from '../types.js'
import { isValid } from 'date-fns'

const numericDate = /(?<!\d)(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{1,2})\s{0,2}[/.-]\s{0,2}(\d{4})(?!\d)/gu

/** retext plugin: finds dates and gives the date line's date the role `published`. */
export function vnDates() {
  return function (_tree: Root, file: VFile): void {
    const { text, result } = stateOf(file)
    const dates: DateMention[] = []
    for (const match of text.matchAll(numericDate)) {
      const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
      if (!isValid(new Date(year, month - 1, day)) || new Date(year, month - 1, day).getDate() !== day) continue
      const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      dates.push({
        text: match[0],
        span: { start: match.index, end: match.index + match[0].length },
        value,
        precision: 'day',
        end: null,
        partOfDay: null,
        role: 'other',
      })
    }
    const dateline = result.parts.find((part) => part.kind === 'dateline')
    if (dateline) {
      const published = dates.find((d) => d.span.start >= dateline.span.start && d.span.end <= dateline.span.end)
      if (published) {
        published.role = 'published'
        result.publishedDate = published
      }
    }
    result.dates = dates
  }
}
