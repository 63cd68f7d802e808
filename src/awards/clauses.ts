import type { Range } from './issuer.js'

const sentenceEnd = /[.!?…]{1,4}["')]?(?=\s{1,8}["(\p{Lu}\p{N}]|\s{0,8}$)/gu

/** The sentences of `text` between `from` and `to` (a part of the article). */
export function sentencesIn(text: string, from: number, to: number): Range[] {
  const sentences: Range[] = []
  let start = from
  for (const match of text.slice(from, to).matchAll(sentenceEnd)) {
    const end = from + match.index + match[0].length
    if (end > start) sentences.push({ start, end })
    start = end
  }
  if (start < to && text.slice(start, to).trim().length > 0) sentences.push({ start, end: to })
  return sentences
}

/** Longest clause read as one; longer runs (junk, tables) are cut so work per clause stays bounded. */
const MAX_CLAUSE = 1500

/** The clauses of a sentence: split at ";", ":" and parentheses outside quotes. */
export function clausesIn(text: string, sentence: Range): Range[] {
  const clauses: Range[] = []
  let start = sentence.start
  let quoted = false
  for (let i = sentence.start; i < sentence.end; i++) {
    const char = text[i]
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === ';' || char === ':' || char === '(' || char === ')')) {
      if (i > start) clauses.push({ start, end: i })
      start = i + 1
    } else if (i - start >= MAX_CLAUSE && (char === ',' || char === ' ')) {
      clauses.push({ start, end: i })
      start = i + 1
    }
  }
  if (sentence.end > start) clauses.push({ start, end: sentence.end })
  return clauses
}
