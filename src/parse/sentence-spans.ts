import type { Span } from '../types.js'
import { MAX_PIECE, pieceEnd } from './lines.js'
import { appendLines } from './sentences.js'
import {
  HAS_AMPERSAND,
  HAS_BLANK_LINE,
  HAS_FULL_STOP,
  HAS_HYPHEN,
  HAS_INNER_SYMBOL,
  HAS_SLASH,
  markFlags,
  tokenEnd,
} from './tokens.js'
import {
  isAbbreviation,
  isAffixIn,
  isInnerWordSymbolIn,
  isLowerInitial,
  isNumericalUnit,
  isTerminalIn,
  lineBreaksIn,
  PUNCTUATION,
  unitType,
  WHITE_SPACE,
  WORD,
} from './units.js'

/** A full stop that `mergePrefixExceptions` gave to the word before it: no longer a child of the sentence. */
const TAKEN = 0

/**
 * The spans of `text`'s sentences, cut at line ends, appended to `out`: exactly those that
 * `parsePieces(text, new FastLatin(), (nodes) => appendSentences(nodes, text, out))` gives, in
 * the same pieces of whole lines, without building a node. Each piece's tokens are numbers in
 * typed arrays; parse-latin's merges (as the fused passes of `word-merges.ts` and
 * `sentence-merges.ts` make them, in their order) join neighbours in those arrays.
 */
export function sentenceSpans(text: string, out: Span[] = []): Span[] {
  if (text.length === 0) return out
  const piece = new Piece(text, Math.min(text.length, MAX_PIECE))
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from)
    piece.read(from, to, out)
    from = to
  }
  return out
}

/**
 * The arrays one piece is read in, reused by the next piece of the same text. Tokens are
 * parse-latin's tokens ("originals"); merged tokens are runs of originals, so that each holds the
 * index of its first original only (its last is the next one's first, less one), and sentences
 * are runs of merged tokens, each holding the index of its first. A list is compacted in place
 * by each merge, with the index one past its end as its last entry.
 */
class Piece {
  /** The type of each merged token (`unitType`, or {@link TAKEN}). */
  private readonly types: Uint8Array
  /** Where each original token starts in the text; the entry after the last is the piece's end. */
  private readonly starts: Int32Array
  /** The first original token of each merged token. */
  private readonly firsts: Int32Array
  /** The first merged token of each sentence. */
  private readonly sentences: Int32Array
  private originals = 0
  private tokens = 0
  private count = 0

  constructor(
    private readonly text: string,
    size: number,
  ) {
    this.types = new Uint8Array(size + 1)
    this.starts = new Int32Array(size + 1)
    this.firsts = new Int32Array(size + 1)
    this.sentences = new Int32Array(size + 1)
  }

  /** Appends the sentences of `text.slice(from, to)`, parsed alone, to `out`. */
  read(from: number, to: number, out: Span[]): void {
    const flags = this.tokenize(from, to)
    if (flags & HAS_AMPERSAND) this.mergeInitialWordSymbol()
    if (flags & HAS_HYPHEN) this.mergeFinalWordSymbol()
    if (flags & HAS_INNER_SYMBOL) this.mergeInnerWordSymbol()
    if (flags & HAS_SLASH) this.mergeInnerWordSlash()
    if (flags & HAS_FULL_STOP) this.mergeInitialisms()
    this.splitSentences()
    this.mergeNonWordSentences()
    this.mergeAffixSymbol()
    this.mergeLowerCaseOrDigitSentences()
    if (flags & HAS_FULL_STOP) this.mergePrefixExceptions()
    this.mergeAffixExceptions()
    this.append((flags & HAS_BLANK_LINE) !== 0, out)
  }

  /** parse-latin's tokens of the piece, as `tokenize` cuts them; returns their flags. */
  private tokenize(from: number, to: number): number {
    const { text, types, starts, firsts } = this
    let flags = 0
    let count = 0
    for (let index = from; index < to; count++) {
      const type = unitType(text.charCodeAt(index))
      const end = tokenEnd(text, index, to, type)
      types[count] = type
      starts[count] = index
      firsts[count] = count
      if (type === WHITE_SPACE) {
        if (end - index > 1 && lineBreaksIn(text, index, end) > 1) flags |= HAS_BLANK_LINE
      } else if (type !== WORD) flags |= markFlags(text, index, end)
      index = end
    }
    starts[count] = to
    firsts[count] = count
    this.originals = count
    this.tokens = count
    return flags
  }

  /** Where merged token `index` starts in the text. */
  private startOf(index: number): number {
    return this.starts[this.firsts[index]!]!
  }

  /** Where merged token `index` ends in the text (only while the list is not being compacted). */
  private endOf(index: number): number {
    return this.starts[this.firsts[index + 1]!]!
  }

  /** Whether merged token `index` is a punctuation or symbol mark whose value is the one unit `code` (marks are never merged). */
  private isUnit(index: number, code: number): boolean {
    if (this.types[index]! < PUNCTUATION) return false
    const original = this.firsts[index]!
    const start = this.starts[original]!
    return this.starts[original + 1]! - start === 1 && this.text.charCodeAt(start) === code
  }

  /** Ends a compaction of the token list at `kept` tokens. */
  private keepTokens(kept: number): void {
    this.tokens = kept
    this.firsts[kept] = this.originals
  }

  /** "&" before a word, not after one, starts that word (`mergeInitialWordSymbol`). */
  private mergeInitialWordSymbol(): void {
    const { types, firsts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; i++) {
      const type = types[i]!
      const first = firsts[i]!
      if (this.isUnit(i, 38) && !(kept > 0 && types[kept - 1] === WORD) && i + 1 < tokens && types[i + 1] === WORD) {
        firsts[i + 1] = first
        // parse-latin looks at the token before again: an "&" there now precedes a word too.
        while (kept > 0 && this.isUnit(kept - 1, 38) && !(kept > 1 && types[kept - 2] === WORD)) firsts[i + 1] = firsts[--kept]!
        continue
      }
      types[kept] = type
      firsts[kept++] = first
    }
    this.keepTokens(kept)
  }

  /** "-" after a word, not before one, ends that word (`mergeFinalWordSymbol`). */
  private mergeFinalWordSymbol(): void {
    const { types, firsts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; i++) {
      if (kept > 0 && this.isUnit(i, 45) && !(i + 1 < tokens && types[i + 1] === WORD) && types[kept - 1] === WORD) continue
      types[kept] = types[i]!
      firsts[kept++] = firsts[i]!
    }
    this.keepTokens(kept)
  }

  /** Words joined by inner symbols ("e-mail", "3.5") become one word (`mergeInnerWordSymbol`). */
  private mergeInnerWordSymbol(): void {
    const { text, types, starts, firsts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; ) {
      if (types[i]! >= PUNCTUATION && kept > 0 && types[kept - 1] === WORD) {
        // The word before takes the symbols up to the last word after them, and that word.
        let taken = i
        for (let j = i; j < tokens; j++) {
          const type = types[j]!
          if (type === WORD) taken = j + 1
          else if (type < PUNCTUATION) break
          else {
            const original = firsts[j]!
            if (!isInnerWordSymbolIn(text, starts[original]!, starts[original + 1]!)) break
          }
        }
        if (taken > i) {
          i = taken
          continue
        }
      }
      types[kept] = types[i]!
      firsts[kept++] = firsts[i++]!
    }
    this.keepTokens(kept)
  }

  /** "/" between words shorter than three units ("5/3") joins them (`mergeInnerWordSlash`). */
  private mergeInnerWordSlash(): void {
    const { types, starts, firsts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; ) {
      // The word before ends where the slash starts.
      if (this.isUnit(i, 47) && kept > 0 && types[kept - 1] === WORD && starts[firsts[i]!]! - starts[firsts[kept - 1]!]! < 3) {
        const word = i + 1 < tokens && types[i + 1] === WORD
        if (!word || starts[firsts[i + 2]!]! - starts[firsts[i + 1]!]! < 3) {
          i += word ? 2 : 1
          continue
        }
      }
      types[kept] = types[i]!
      firsts[kept++] = firsts[i++]!
    }
    this.keepTokens(kept)
  }

  /** A full stop after an initialism ("U.S" + ".") ends it, unless all its letters are digits (`mergeInitialisms`). */
  private mergeInitialisms(): void {
    const { types, firsts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; i++) {
      const first = firsts[i]!
      if (kept > 0 && types[i] === PUNCTUATION && this.isUnit(i, 46) && types[kept - 1] === WORD && this.isInitialism(firsts[kept - 1]!, first)) {
        continue
      }
      types[kept] = types[i]!
      firsts[kept++] = first
    }
    this.keepTokens(kept)
  }

  /** parse-latin's test on the word of originals `from` to `to` (its children): single units between full stops at its end, not all digits. */
  private isInitialism(from: number, to: number): boolean {
    const { text, starts } = this
    const length = to - from
    if (length === 1 || length % 2 === 0) return false
    let isAllDigits = true
    for (let position = length - 1; position >= 0; position--) {
      const start = starts[from + position]!
      const size = starts[from + position + 1]! - start
      if (position % 2 === 0) {
        if (size > 1) return false
        if (size === 0 || !isNumericalUnit(text.charCodeAt(start))) isAllDigits = false
      } else if (!(size === 1 && text.charCodeAt(start) === 46)) {
        if (position < length - 2) break
        return false
      }
    }
    return !isAllDigits
  }

  /** Ends a compaction of the sentence list at `kept` sentences. */
  private keepSentences(kept: number): void {
    this.count = kept
    this.sentences[kept] = this.tokens
  }

  /** Sentences ending at each punctuation run of "!", ".", "?", "…", "‽" (`splitNode`). */
  private splitSentences(): void {
    const { text, types, sentences, tokens } = this
    let count = 0
    let start = 0
    for (let index = 0; index < tokens; index++) {
      if (index === tokens - 1 || (types[index] === PUNCTUATION && isTerminalIn(text, this.startOf(index), this.endOf(index)))) {
        sentences[count++] = start
        start = index + 1
      }
    }
    this.keepSentences(count)
  }

  /** A sentence without words joins the one before it, or else the one after it, which is then not looked at (`mergeNonWordSentences`). */
  private mergeNonWordSentences(): void {
    const { types, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      let hasWord = false
      for (let k = sentences[i]!; k < sentences[i + 1]! && !hasWord; k++) hasWord = types[k] === WORD
      if (!hasWord && kept > 0) continue
      sentences[kept++] = sentences[i]!
      if (!hasWord && i + 1 < count) i++
    }
    this.keepSentences(kept)
  }

  /**
   * Closing marks starting a sentence (`."` + `)`) move to the end of the one before
   * (`mergeAffixSymbol`). parse-latin then looks at the sentence before again if it had no child
   * before: never, as every sentence has one. And a sentence with one before has a word (see
   * {@link mergeNonWordSentences}), so it never loses every child.
   */
  private mergeAffixSymbol(): void {
    const { text, types, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      let first = sentences[i]!
      const end = sentences[i + 1]!
      if (kept > 0) while (first < end && types[first]! >= PUNCTUATION && isAffixIn(text, this.startOf(first), this.endOf(first))) first++
      sentences[kept++] = first
    }
    this.keepSentences(kept)
  }

  /** A sentence whose first word starts in lower case, or whose first child is a word starting with a digit, joins the one before. */
  private mergeLowerCaseOrDigitSentences(): void {
    const { text, types, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      const first = sentences[i]!
      if (kept > 0) {
        let joins = false
        for (let k = first; k < sentences[i + 1]!; k++) {
          const type = types[k]!
          if (type === WORD) {
            const code = text.charCodeAt(this.startOf(k))
            joins = isLowerInitial(code) || (k === first && code >= 48 && code <= 57)
            break
          }
          if (type >= PUNCTUATION) break
        }
        if (joins) continue
      }
      sentences[kept++] = first
    }
    this.keepSentences(kept)
  }

  /**
   * A sentence ending in an abbreviation and "." ("etc.", "12.") gives the full stop to the word
   * and runs on into the next (`mergePrefixExceptions`); the full stop becomes {@link TAKEN}.
   */
  private mergePrefixExceptions(): void {
    const { types, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      const first = sentences[i]!
      for (;;) {
        const period = sentences[i + 1]! - 1
        let word = period - 1
        while (word >= first && types[word] === TAKEN) word--
        if (word < first || !this.isUnit(period, 46) || types[word] !== WORD || !this.isAbbreviationWord(word)) break
        types[period] = TAKEN
        if (i + 1 >= count) break
        i++
      }
      sentences[kept++] = first
    }
    this.keepSentences(kept)
  }

  /** Whether merged word `index`, with the full stops it took, is an abbreviation (at most four units long). */
  private isAbbreviationWord(index: number): boolean {
    let next = index + 1
    while (next < this.tokens && this.types[next] === TAKEN) next++
    const start = this.startOf(index)
    const end = this.startOf(next)
    return end - start <= 4 && isAbbreviation(this.text.slice(start, end))
  }

  /** A sentence starting (after white space) with "," or ";" joins the one before (`mergeAffixExceptions`). */
  private mergeAffixExceptions(): void {
    const { types, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      const first = sentences[i]!
      if (kept > 0) {
        let joins = false
        for (let k = first; k < sentences[i + 1]!; k++) {
          const type = types[k]!
          if (type === WORD) break
          if (type >= PUNCTUATION) {
            joins = this.isUnit(k, 44) || this.isUnit(k, 59)
            break
          }
        }
        if (joins) continue
      }
      sentences[kept++] = first
    }
    this.keepSentences(kept)
  }

  /**
   * Appends each sentence to `out` without the white space starting or ending it, cut at white
   * space with two line ends or more between its first and last child (`breakImplicitSentences`)
   * and at line ends (`appendSentences`). A taken full stop is never a sentence's first child
   * nor next to white space, and ends where its word ends.
   */
  private append(hasBlankLine: boolean, out: Span[]): void {
    const { text, types, sentences, count } = this
    for (let i = 0; i < count; i++) {
      let first = sentences[i]!
      let last = sentences[i + 1]! - 1
      while (first <= last && types[first] === WHITE_SPACE) first++
      while (last >= first && types[last] === WHITE_SPACE) last--
      if (first > last) continue
      let start = this.startOf(first)
      if (hasBlankLine) {
        for (let k = first + 1; k < last; k++) {
          if (types[k] !== WHITE_SPACE || lineBreaksIn(text, this.startOf(k), this.endOf(k)) < 2) continue
          appendLines(text, start, this.startOf(k), out)
          start = this.endOf(k)
          // The token after the break starts the next part: its first child, never a break.
          k++
        }
      }
      appendLines(text, start, this.endOf(last), out)
    }
  }
}
