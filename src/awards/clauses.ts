import type { Range } from './issuer.js'

const sentenceEnd = /[.!?…]{1,4}["')]?(?=\s{1,8}["(\p{Lu}\p{N}]|\s{0,8}$)/gu

/** The sentences of `text` between `from` and `to` (a part of the article). */
export function sentencesIn(text: string, from: number, to: number): Range[] {
  const sentences: Range[] = []
  let start = from
  const part = text.slice(from, to)
  sentenceEnd.lastIndex = 0
  for (let match = sentenceEnd.exec(part); match !== null; match = sentenceEnd.exec(part)) {
    const end = from + match.index + match[0].length
    if (end > start) sentences.push({ start, end })
    start = end
  }
  if (start < to && text.slice(start, to).trim().length > 0) sentences.push({ start, end: to })
  return sentences
}

/** Longest clause read as one; longer runs (junk, tables) are cut so work per clause stays bounded. */
const MAX_CLAUSE = 1500

const QUOTE = 0x22
const SEMICOLON = 0x3b
const COLON = 0x3a
const OPEN = 0x28
const CLOSE = 0x29
const COMMA = 0x2c
const SPACE = 0x20

/** The signs a clause is split at, and the quote that hides them ({@link clausesIn}). */
const clauseSign = /[";:()]/g

/** The clauses of a sentence: split at ";", ":" and parentheses outside quotes. */
export function clausesIn(text: string, sentence: Range): Range[] {
  // A clause runs past MAX_CLAUSE only in a longer sentence: a shorter one is split where a
  // native scan of its signs finds them, not by a loop over all its code units.
  if (sentence.end - sentence.start > MAX_CLAUSE) return clausesByUnit(text, sentence)
  const clauses: Range[] = []
  const part = text.slice(sentence.start, sentence.end)
  let start = sentence.start
  let quoted = false
  clauseSign.lastIndex = 0
  for (let match = clauseSign.exec(part); match !== null; match = clauseSign.exec(part)) {
    const i = sentence.start + match.index
    if (text.charCodeAt(i) === QUOTE) quoted = !quoted
    else if (!quoted) {
      if (i > start) clauses.push({ start, end: i })
      start = i + 1
    }
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end })
  return clauses
}

/** {@link clausesIn} by code unit, cutting clauses longer than MAX_CLAUSE at a comma or a space. */
function clausesByUnit(text: string, sentence: Range): Range[] {
  const clauses: Range[] = []
  let start = sentence.start
  let quoted = false
  // Code units, not one-character strings: those are allocated for every non-Latin-1 letter.
  for (let i = sentence.start; i < sentence.end; i++) {
    const code = text.charCodeAt(i)
    // Letters (most units) are above every sign read here.
    if (code > SEMICOLON) continue
    if (code === QUOTE) quoted = !quoted
    else if (!quoted && (code === SEMICOLON || code === COLON || code === OPEN || code === CLOSE)) {
      if (i > start) clauses.push({ start, end: i })
      start = i + 1
    } else if (i - start >= MAX_CLAUSE && (code === COMMA || code === SPACE)) {
      clauses.push({ start, end: i })
      start = i + 1
    }
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end })
  return clauses
}
