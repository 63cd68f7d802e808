import { candidate, type Candidate, type Relative } from './candidate.js'
import { letterAt, letterBefore } from './cues.js'
import { partOfDayOf } from './vocabulary.js'

/**
 * "hôm nay", "hôm qua", "ngày mai", "sáng nay", "tối qua", "sáng mai", "cùng ngày", "hôm sau",
 * "năm nay", "năm ngoái". "cùng ngày" and "hôm sau" count from the date mentioned before them.
 */
const relative =
  /(sáng|trưa|chiều|tối|đêm|khuya) {1,3}(?:hôm {1,3})?(nay|qua|mai)|(?:ngày {1,3})?hôm {1,3}(nay|qua|kia|sau|trước)|ngày {1,3}(mai|kia)|(cùng) {1,3}ngày|năm {1,3}(nay|ngoái)/gi

const dayShift: Record<string, number> = { nay: 0, qua: -1, kia: -2, mai: 1 }

/** Finds days and years named relative to the reference date or to the previous date. */
export function parseRelative(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(relative)) {
    const [whole, part, partWord, hom, ngay, cung, nam] = match
    const end = match.index + whole.length
    if (letterBefore(text, match.index) || letterAt(text, end)) continue
    let rel: Relative
    let precision: Candidate['precision'] = 'day'
    if (nam !== undefined) {
      rel = { unit: 'year', amount: nam.toLowerCase() === 'nay' ? 0 : -1, anchor: 'reference' }
      precision = 'year'
    } else if (cung !== undefined) rel = { unit: 'day', amount: 0, anchor: 'previous' }
    else {
      const word = (partWord ?? hom ?? ngay)!.toLowerCase()
      if (word === 'sau' || word === 'trước') rel = { unit: 'day', amount: word === 'sau' ? 1 : -1, anchor: 'previous' }
      // "hôm kia" is two days ago, "ngày kia" two days ahead.
      else if (word === 'kia' && ngay !== undefined) rel = { unit: 'day', amount: 2, anchor: 'reference' }
      else rel = { unit: 'day', amount: dayShift[word] ?? 0, anchor: 'reference' }
    }
    const partOfDay = part === undefined ? null : partOfDayOf(part)
    found.push(candidate('relative', match.index, end, { relative: rel, precision, partOfDay }))
  }
  return found
}
