import { candidate, type Candidate, type Relative } from './candidate.js'
import type { CueWords } from './cue-words.js'
import { extendBack, letterAt, matchAt, startsWithLower } from './cues.js'
import { partOfDayAt } from './vocabulary.js'

/**
 * "hôm nay", "hôm qua", "ngày mai", "sáng nay", "tối qua", "sáng mai", "cùng ngày", "hôm sau",
 * "năm nay", "năm ngoái". "cùng ngày" and "hôm sau" count from the date mentioned before them.
 * Found from their first word in the cue words, the rest read with sticky regexes.
 */
const afterPart = / {1,3}(?:hôm {1,3})?(nay|qua|mai)/iy
const afterHom = /hôm {1,3}(nay|qua|kia|sau|trước)/iy
type Phrase = [string, Relative, Candidate['precision']]
const PHRASES: Record<'ngay' | 'cung' | 'nam', Phrase[]> = {
  ngay: [
    ['ngày mai', { unit: 'day', amount: 1, anchor: 'reference' }, 'day'],
    ['ngày kia', { unit: 'day', amount: 2, anchor: 'reference' }, 'day'],
  ],
  cung: [['cùng ngày', { unit: 'day', amount: 0, anchor: 'previous' }, 'day']],
  nam: [
    ['năm nay', { unit: 'year', amount: 0, anchor: 'reference' }, 'year'],
    ['năm ngoái', { unit: 'year', amount: -1, anchor: 'reference' }, 'year'],
  ],
}
const ngayBefore = /ngày {1,3}$/i

const dayShift: Record<string, number> = { nay: 0, qua: -1, kia: -2, mai: 1 }

function dayRelative(written: string): Relative {
  const word = written.toLowerCase()
  if (word === 'sau' || word === 'trước') return { unit: 'day', amount: word === 'sau' ? 1 : -1, anchor: 'previous' }
  // "hôm kia" is two days ago ("ngày kia", two days ahead, is a phrase below).
  return { unit: 'day', amount: dayShift[word] ?? 0, anchor: 'reference' }
}

/** Finds days and years named relative to the reference date or to the previous date. */
export function parseRelative(text: string, cues: CueWords): Candidate[] {
  const found: Candidate[] = []
  const add = (start: number, end: number, fields: Partial<Candidate>) => {
    if (!letterAt(text, end)) found.push(candidate('relative', start, end, fields))
  }
  for (const at of cues.partOfDay) {
    const part = partOfDayAt(text, at)
    if (part === null || letterAt(text, at + part.word.length)) continue
    const m = matchAt(afterPart, text, at + part.word.length)
    if (m !== null) add(at, at + part.word.length + m[0].length, { relative: dayRelative(m[1]!), partOfDay: part.partOfDay })
  }
  for (const at of cues.hom) {
    if (letterAt(text, at + 3)) continue
    const m = matchAt(afterHom, text, at)
    if (m !== null) add(extendBack(text, at, ngayBefore, 8), at + m[0].length, { relative: dayRelative(m[1]!) })
  }
  // Two-word phrases: "ngày mai", "cùng ngày", "năm nay", each a whole word.
  for (const key of ['ngay', 'cung', 'nam'] as const) {
    for (const at of cues[key]) {
      for (const [phrase, relative, precision] of PHRASES[key]) {
        if (startsWithLower(text, at, phrase) && !letterAt(text, at + phrase.length)) add(at, at + phrase.length, { relative, precision })
      }
    }
  }
  return found
}
