import data from '../../dictionaries/campaigns.json' with { type: 'json' }

/**
 * What the sentence before each quote of a part says, read with cursors that only move forward:
 * the quotes of a part come in order, so every char is read a bounded number of times however
 * many quotes there are (a flood of quotes must not rescan the 600 chars before each one).
 */

const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|')

const triggers = new RegExp(`(?<!\\p{L})(${alternation(data.triggers)})(?!\\p{L})`, 'giu')
/**
 * Triggers are letters and spaces, so no match holds a char that is neither (a digit, a
 * punctuation mark, a quote): the scan of a sentence is the scan of its stretches between
 * such chars, and a stretch reads the same from whichever quote it is read.
 */
const stretchable = data.triggers.every((trigger) => /^[\p{L} ]+$/u.test(trigger))

/** A char that no trigger match holds (ASCII only; any other char may be a letter). */
function isBreak(code: number): boolean {
  return code < 128 && code !== 32 && !(code >= 65 && code <= 90) && !(code >= 97 && code <= 122)
}

/** `\s` of a `u` pattern. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/**
 * Words one of which every trigger holds: a stretch with none of them (in either case, the
 * letters have no other case-insensitive match) holds no trigger, and a scan without the
 * look-behind finds that much faster.
 */
const cues = ['thi', 'phong', 'vận', 'chuyên']
const cued = data.triggers.every((trigger) => cues.some((cue) => trigger.toLowerCase().includes(cue)))
const cuePattern = new RegExp(cues.map((cue) => [...cue].map((ch) => `[${ch}${ch.toUpperCase()}]`).join('')).join('|'))

/** The last trigger ("phong trào", "cuộc thi", …) of `text[from, to)` read from `from`, lower-cased. */
function lastTrigger(text: string, from: number, to: number): string | null {
  if (to - from < 2) return null
  const stretch = text.slice(from, to)
  if (cued && !cuePattern.test(stretch)) return null
  // An `exec` loop, not `matchAll` (which makes a copy of the pattern for every stretch); only
  // the last match is lower-cased.
  let last: string | null = null
  triggers.lastIndex = 0
  for (let match = triggers.exec(stretch); match !== null; match = triggers.exec(stretch)) last = match[1]!
  return last === null ? null : last.toLowerCase()
}

export class QuoteContext {
  /** The next offset the sentence cursor reads, and the last "[.!?]" + space found before it. */
  private sentenceCursor: number
  private lastBreak = -1
  /** The next stretch the trigger cursor reads, and the last stretch with a trigger. */
  private stretchCursor: number
  private triggerStretch = -1
  private triggerKind: string | null = null

  constructor(
    private readonly text: string,
    private readonly partStart: number,
  ) {
    this.sentenceCursor = partStart
    this.stretchCursor = partStart
  }

  /**
   * Where the sentence of the quote at `quote` starts: after the last "[.!?]" and a space of
   * `text[windowStart, quote)`, or at `windowStart`. Quotes must come in order.
   */
  sentenceStart(quote: number, windowStart: number): number {
    const { text } = this
    for (; this.sentenceCursor <= quote - 2; this.sentenceCursor++) {
      const code = text.charCodeAt(this.sentenceCursor)
      if ((code === 46 || code === 33 || code === 63) && isSpace(text.charCodeAt(this.sentenceCursor + 1))) {
        this.lastBreak = this.sentenceCursor
      }
    }
    return this.lastBreak >= windowStart ? this.lastBreak + 2 : windowStart
  }

  /**
   * The last trigger of `text[from, quote)` as a scan from `from` finds it (`text[quote]` is the
   * opening quote), lower-cased. Quotes must come in order.
   */
  lastTriggerBefore(from: number, quote: number): string | null {
    const { text } = this
    if (!stretchable) return lastTrigger(text, from, quote)
    // A later quote's sentence starts at `from` - 1 or after (a window start may fall right after
    // a sentence's ". "): the stretches before the first break from there are never needed.
    const needed = Math.max(this.partStart, from - 1)
    if (this.stretchCursor < needed) {
      let skip = needed
      while (skip < quote && !isBreak(text.charCodeAt(skip))) skip++
      this.stretchCursor = Math.max(this.stretchCursor, skip + 1)
    }
    while (this.stretchCursor <= quote) {
      let end = this.stretchCursor
      while (end < quote && !isBreak(text.charCodeAt(end))) end++
      const kind = lastTrigger(text, this.stretchCursor, end)
      if (kind !== null) {
        this.triggerStretch = this.stretchCursor
        this.triggerKind = kind
      }
      this.stretchCursor = end + 1
    }
    // The stretch `from` is in is read from `from`; the whole stretches after it as they are.
    let firstBreak = from
    while (firstBreak < quote && !isBreak(text.charCodeAt(firstBreak))) firstBreak++
    if (this.triggerStretch > firstBreak) return this.triggerKind
    return lastTrigger(text, from, firstBreak)
  }
}
