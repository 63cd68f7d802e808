/**
 * Words read straight from the text's code units, with no string per word: campaign names start
 * at a handful of words ("phong", "hội", "cuộc", …), so the patterns run only at those.
 * A word is a run of letters and digits by code unit (ASCII, and everything from U+00C0 but the
 * symbol and punctuation blocks), the same words the awards stage reads.
 */

import { isWordUnit, lowerCode } from '../awards/scan.js'

/** Whether a code unit is part of a word, and its lower case: the rules the awards stage reads words by. */
export { isWordUnit, lowerCode }

/** The end of the word starting at `at`. */
export function wordEnd(text: string, at: number): number {
  let i = at
  while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
  return i
}

/** The start of the first word at or after `at` (`text.length` when none). */
export function nextWordStart(text: string, at: number): number {
  let i = at
  while (i < text.length && !isWordUnit(text.charCodeAt(i))) i++
  return i
}

/** Whether the word `text[start, end)` lower-cased is `lower` (a word without Greek or dotted capital I). */
export function wordIs(text: string, start: number, end: number, lower: string): boolean {
  if (end - start !== lower.length) return false
  for (let i = start; i < end; i++) if (lowerCode(text.charCodeAt(i)) !== lower.charCodeAt(i - start)) return false
  return true
}

/**
 * A set of lower-case words looked up by the written word's code units: the first unit (lower
 * case) picks the few words that may match.
 */
export class WordSet<T> {
  private readonly byFirst = new Map<number, { word: string; value: T }[]>()

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const first = word.charCodeAt(0)
      const list = this.byFirst.get(first) ?? []
      list.push({ word, value })
      this.byFirst.set(first, list)
    }
  }

  /** The value of the word `text[start, end)` lower-cased, or `undefined`. */
  get(text: string, start: number, end: number): T | undefined {
    if (start >= end) return undefined
    const list = this.byFirst.get(lowerCode(text.charCodeAt(start)))
    if (list === undefined) return undefined
    for (const entry of list) if (wordIs(text, start, end, entry.word)) return entry.value
    return undefined
  }
}

/**
 * Where `needle` next stands in a text at or after an offset, remembered for the last text:
 * asked for the parts of an article in order, the text is searched once, not once per part
 * from there on (a text of many short parts and no match would be read again for each). One per
 * article.
 */
export class NextIndex {
  private text: string | null = null
  private searchedFrom = 0
  private at = -1

  constructor(private readonly needle: string) {}

  /** The offset of the first `needle` at or after `from` (-1 when none). */
  from(text: string, from: number): number {
    if (this.text !== text || from < this.searchedFrom || (this.at !== -1 && from > this.at)) {
      this.at = text.indexOf(this.needle, from)
      this.text = text
      this.searchedFrom = from
    }
    return this.at
  }
}
