import type { Span } from '../types.js'
import { MAX_PIECE, pieceEnd } from './lines.js'
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

/** A token's kind: its type (`unitType`) in the low bits, and for a mark of one unit, that unit above them. */
const TYPE_BITS = 3
const TYPE_MASK = 7

/**
 * The spans of `text`'s sentences, cut at line ends, appended to `out`: exactly those that
 * `parsePieces(text, new FastLatin(), (nodes) => appendSentences(nodes, text, out))` gives, in
 * the same pieces of whole lines, without building a node. Each piece's tokens are numbers in
 * typed arrays; parse-latin's merges (as the fused passes of `word-merges.ts` and
 * `sentence-merges.ts` make them, in their order) join neighbours in those arrays.
 */
export function sentenceSpans(text: string, out: Span[] = []): Span[] {
  if (text.length === 0) return out
  const piece = new Piece(text, Math.min(text.length, MAX_PIECE), out)
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from)
    piece.read(from, to)
    from = to
  }
  return out
}

/**
 * The arrays one piece is read in, reused by the next piece of the same text. A merged token is
 * a run of parse-latin's tokens, held as its kind and where it starts (it ends where the next one
 * starts); a sentence is a run of merged tokens, held as the index of its first. Each merge
 * compacts a list in place; the entry after a list's last is its end.
 */
class Piece {
  /** The kind of each merged token: a word, white space, or a mark (with its unit if it has one). */
  private readonly kinds: Int32Array
  /** Where each merged token starts in the text. */
  private readonly starts: Int32Array
  /** The first merged token of each sentence. */
  private readonly sentences: number[] = []
  private end = 0
  private tokens = 0
  private count = 0
  /** The first line end at or after the last sentence appended (or the text's length). */
  private newline = -1

  constructor(
    private readonly text: string,
    size: number,
    private readonly out: Span[],
  ) {
    this.kinds = new Int32Array(size + 1)
    this.starts = new Int32Array(size + 1)
  }

  /** Appends the sentences of `text.slice(from, to)`, parsed alone, to the spans. */
  read(from: number, to: number): void {
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
    this.append((flags & HAS_BLANK_LINE) !== 0)
  }

  /** parse-latin's tokens of the piece, as `tokenize` cuts them; returns their flags. */
  private tokenize(from: number, to: number): number {
    const { text, kinds, starts } = this
    let flags = 0
    let count = 0
    for (let index = from; index < to; count++) {
      const code = text.charCodeAt(index)
      const type = unitType(code)
      const end = tokenEnd(text, index, to, type)
      let kind = type
      if (type === WHITE_SPACE) {
        if (end - index > 1 && lineBreaksIn(text, index, end) > 1) flags |= HAS_BLANK_LINE
      } else if (type !== WORD) {
        flags |= markFlags(text, index, end)
        if (end - index === 1) kind |= code << TYPE_BITS
      }
      kinds[count] = kind
      starts[count] = index
      index = end
    }
    this.end = to
    this.keepTokens(count)
    return flags
  }

  /** Ends a compaction of the token list at `kept` tokens. */
  private keepTokens(kept: number): void {
    this.tokens = kept
    this.starts[kept] = this.end
  }

  /**
   * "&" before a word, not after one, starts that word (`mergeInitialWordSymbol`). parse-latin
   * then looks at the token before again, for an "&" before this one: never one, as "&&" is
   * one token.
   */
  private mergeInitialWordSymbol(): void {
    const { kinds, starts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; i++) {
      if (isUnit(kinds[i]!, 38) && !(kept > 0 && kinds[kept - 1] === WORD) && i + 1 < tokens && kinds[i + 1] === WORD) {
        starts[i + 1] = starts[i]!
        continue
      }
      if (kept !== i) {
        kinds[kept] = kinds[i]!
        starts[kept] = starts[i]!
      }
      kept++
    }
    this.keepTokens(kept)
  }

  /** "-" after a word, not before one, ends that word (`mergeFinalWordSymbol`). */
  private mergeFinalWordSymbol(): void {
    const { kinds, starts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; i++) {
      if (kept > 0 && isUnit(kinds[i]!, 45) && !(i + 1 < tokens && kinds[i + 1] === WORD) && kinds[kept - 1] === WORD) continue
      if (kept !== i) {
        kinds[kept] = kinds[i]!
        starts[kept] = starts[i]!
      }
      kept++
    }
    this.keepTokens(kept)
  }

  /** Words joined by inner symbols ("e-mail", "3.5") become one word (`mergeInnerWordSymbol`). */
  private mergeInnerWordSymbol(): void {
    const { text, kinds, starts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; ) {
      if ((kinds[i]! & TYPE_MASK) >= PUNCTUATION && kept > 0 && kinds[kept - 1] === WORD) {
        // The word before takes the symbols up to the last word after them, and that word.
        let taken = i
        for (let j = i; j < tokens; j++) {
          const kind = kinds[j]!
          if (kind === WORD) taken = j + 1
          else if ((kind & TYPE_MASK) < PUNCTUATION || !isInnerWordSymbolIn(text, starts[j]!, starts[j + 1]!)) break
        }
        if (taken > i) {
          i = taken
          continue
        }
      }
      if (kept !== i) {
        kinds[kept] = kinds[i]!
        starts[kept] = starts[i]!
      }
      kept++
      i++
    }
    this.keepTokens(kept)
  }

  /** "/" between words shorter than three units ("5/3") joins them (`mergeInnerWordSlash`). */
  private mergeInnerWordSlash(): void {
    const { kinds, starts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; ) {
      // The word before ends where the slash starts.
      if (isUnit(kinds[i]!, 47) && kept > 0 && kinds[kept - 1] === WORD && starts[i]! - starts[kept - 1]! < 3) {
        const word = i + 1 < tokens && kinds[i + 1] === WORD
        if (!word || starts[i + 2]! - starts[i + 1]! < 3) {
          i += word ? 2 : 1
          continue
        }
      }
      if (kept !== i) {
        kinds[kept] = kinds[i]!
        starts[kept] = starts[i]!
      }
      kept++
      i++
    }
    this.keepTokens(kept)
  }

  /** A full stop after an initialism ("U.S" + ".") ends it, unless all its letters are digits (`mergeInitialisms`). */
  private mergeInitialisms(): void {
    const { kinds, starts, tokens } = this
    let kept = 0
    for (let i = 0; i < tokens; i++) {
      // "." is punctuation; the word before ends where it starts.
      if (kept > 0 && isUnit(kinds[i]!, 46) && kinds[kept - 1] === WORD && this.isInitialism(starts[kept - 1]!, starts[i]!)) continue
      if (kept !== i) {
        kinds[kept] = kinds[i]!
        starts[kept] = starts[i]!
      }
      kept++
    }
    this.keepTokens(kept)
  }

  /**
   * parse-latin's test on the word `text.slice(start, end)`, whose children are the tokens it
   * holds: an odd number of them, ending in single units between full stops, not all digits.
   * parse-latin reads the children from the end and stops at the first one in an odd place that
   * is not a full stop; read from the start, each such child starts the run looked at again.
   */
  private isInitialism(start: number, end: number): boolean {
    const text = this.text
    let length = 0
    let badOdd = -1
    let singles = true
    let digits = true
    for (let index = start; index < end; length++) {
      const next = tokenEnd(text, index, end, unitType(text.charCodeAt(index)))
      const size = next - index
      if (length % 2 === 0) {
        if (size > 1) singles = false
        else if (!isNumericalUnit(text.charCodeAt(index))) digits = false
      } else if (!(size === 1 && text.charCodeAt(index) === 46)) {
        badOdd = length
        singles = true
        digits = true
      }
      index = next
    }
    return length !== 1 && length % 2 === 1 && badOdd !== length - 2 && singles && !digits
  }

  /** Ends a compaction of the sentence list at `kept` sentences. */
  private keepSentences(kept: number): void {
    this.count = kept
    this.sentences[kept] = this.tokens
  }

  /** Sentences ending at each punctuation run of "!", ".", "?", "…", "‽" (`splitNode`). */
  private splitSentences(): void {
    const { text, kinds, starts, sentences, tokens } = this
    let count = 0
    let start = 0
    for (let index = 0; index < tokens; index++) {
      if (index === tokens - 1 || ((kinds[index]! & TYPE_MASK) === PUNCTUATION && isTerminalIn(text, starts[index]!, starts[index + 1]!))) {
        sentences[count++] = start
        start = index + 1
      }
    }
    this.keepSentences(count)
  }

  /** A sentence without words joins the one before it, or else the one after it, which is then not looked at (`mergeNonWordSentences`). */
  private mergeNonWordSentences(): void {
    const { kinds, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      let hasWord = false
      for (let k = sentences[i]!; k < sentences[i + 1]! && !hasWord; k++) hasWord = kinds[k] === WORD
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
    const { text, kinds, starts, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      let first = sentences[i]!
      const end = sentences[i + 1]!
      if (kept > 0) {
        while (first < end && (kinds[first]! & TYPE_MASK) >= PUNCTUATION && isAffixIn(text, starts[first]!, starts[first + 1]!)) first++
      }
      sentences[kept++] = first
    }
    this.keepSentences(kept)
  }

  /** A sentence whose first word starts in lower case, or whose first child is a word starting with a digit, joins the one before. */
  private mergeLowerCaseOrDigitSentences(): void {
    const { text, kinds, starts, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      const first = sentences[i]!
      if (kept > 0) {
        let joins = false
        for (let k = first; k < sentences[i + 1]!; k++) {
          const kind = kinds[k]!
          if (kind === WORD) {
            const code = text.charCodeAt(starts[k]!)
            joins = isLowerInitial(code) || (k === first && code >= 48 && code <= 57)
            break
          }
          if ((kind & TYPE_MASK) >= PUNCTUATION) break
        }
        if (joins) continue
      }
      sentences[kept++] = first
    }
    this.keepSentences(kept)
  }

  /**
   * A sentence ending in an abbreviation and "." ("etc.", "12.") gives the full stop to the word
   * and runs on into the next (`mergePrefixExceptions`). The full stop stays a mark here: the
   * passes after this one look at a sentence's first children and at white space only, and a
   * full stop right after a word is neither. The sentence taken in has two children at least (a
   * word right after a full stop joins the word before it, a lone mark the sentence before), so
   * the next two looked at are its own.
   */
  private mergePrefixExceptions(): void {
    const { kinds, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      const first = sentences[i]!
      for (;;) {
        const period = sentences[i + 1]! - 1
        const word = period - 1
        if (word < first || !isUnit(kinds[period]!, 46) || kinds[word] !== WORD || !this.isAbbreviationWord(word)) break
        if (i + 1 >= count) break
        i++
      }
      sentences[kept++] = first
    }
    this.keepSentences(kept)
  }

  /** Whether merged word `index` is an abbreviation (at most four units long). */
  private isAbbreviationWord(index: number): boolean {
    const start = this.starts[index]!
    const end = this.starts[index + 1]!
    return end - start <= 4 && isAbbreviation(this.text.slice(start, end))
  }

  /** A sentence starting (after white space) with "," or ";" joins the one before (`mergeAffixExceptions`). */
  private mergeAffixExceptions(): void {
    const { kinds, sentences, count } = this
    let kept = 0
    for (let i = 0; i < count; i++) {
      const first = sentences[i]!
      if (kept > 0) {
        let joins = false
        for (let k = first; k < sentences[i + 1]!; k++) {
          const kind = kinds[k]!
          if (kind === WORD) break
          if ((kind & TYPE_MASK) >= PUNCTUATION) {
            joins = isUnit(kind, 44) || isUnit(kind, 59)
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
   * Appends each sentence without the white space starting or ending it, cut at white space with
   * two line ends or more between its first and last child (`breakImplicitSentences`).
   */
  private append(hasBlankLine: boolean): void {
    const { text, kinds, starts, sentences, count } = this
    for (let i = 0; i < count; i++) {
      let first = sentences[i]!
      let last = sentences[i + 1]! - 1
      while (first <= last && kinds[first] === WHITE_SPACE) first++
      while (last >= first && kinds[last] === WHITE_SPACE) last--
      if (first > last) continue
      let start = starts[first]!
      if (hasBlankLine) {
        for (let k = first + 1; k < last; k++) {
          if (kinds[k] !== WHITE_SPACE || lineBreaksIn(text, starts[k]!, starts[k + 1]!) < 2) continue
          this.appendLines(start, starts[k]!)
          start = starts[k + 1]!
          // The token after the break starts the next part: its first child, never a break.
          k++
        }
      }
      this.appendLines(start, starts[last + 1]!)
    }
  }

  /**
   * Appends the sentence `text.slice(start, end)` cut at its line ends, without empty lines (as
   * `appendSentences` does). Sentences come in the text's order, so the line end found for one
   * serves the next ones up to it: each unit is searched once.
   */
  private appendLines(start: number, end: number): void {
    const { text, out } = this
    let from = start
    for (;;) {
      if (this.newline < from) {
        const found = text.indexOf('\n', from)
        this.newline = found === -1 ? text.length : found
      }
      const newline = this.newline
      if (newline >= end) break
      if (newline > from) out.push({ start: from, end: newline })
      from = newline + 1
    }
    if (end > from) out.push({ start: from, end })
  }
}

/** Whether a token of kind `kind` is a mark whose value is the one unit `code` (marks are never merged). */
function isUnit(kind: number, code: number): boolean {
  return kind >> TYPE_BITS === code
}
