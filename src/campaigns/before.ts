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

/** A sentence break as {@link QuoteContext.sentenceStart} reads it: "[.!?]" and a space (`\s`). */
const sentenceBreak = /[.!?](?=\s)/g
/** The cues in either case, found by a native scan: the stretches before the next one hold no trigger. */
const cueSearch = new RegExp(cuePattern.source, 'g')

export class QuoteContext {
  /** The next offset the sentence cursor reads, and the last "[.!?]" + space found before it. */
  private sentenceCursor: number
  private lastBreak = -1
  /** The next stretch the trigger cursor reads, and the last stretch with a trigger. */
  private stretchCursor: number
  private triggerStretch = -1
  private triggerKind: string | null = null
  /** The part's text, and the next sentence break and cue found in it (offsets in `text`; -1: none; -2: not looked for). */
  private readonly part: string
  private nextBreak = -2
  private nextCue = -2

  constructor(
    private readonly text: string,
    private readonly partStart: number,
    partEnd: number,
  ) {
    this.sentenceCursor = partStart
    this.stretchCursor = partStart
    this.part = text.slice(partStart, partEnd)
  }

  /** The first match of the global `pattern` in the part at or after `at` (-1: none). */
  private find(pattern: RegExp, at: number): number {
    pattern.lastIndex = Math.max(0, at - this.partStart)
    const match = pattern.exec(this.part)
    return match === null ? -1 : this.partStart + match.index
  }

  /**
   * Where the sentence of the quote at `quote` starts: after the last "[.!?]" and a space of
   * `text[windowStart, quote)`, or at `windowStart`. Quotes must come in order; the breaks are
   * found by a native scan of the part, each once.
   */
  sentenceStart(quote: number, windowStart: number): number {
    for (;;) {
      if (this.nextBreak === -2 || (this.nextBreak !== -1 && this.nextBreak < this.sentenceCursor)) {
        this.nextBreak = this.find(sentenceBreak, this.sentenceCursor)
      }
      if (this.nextBreak === -1 || this.nextBreak > quote - 2) break
      this.lastBreak = this.nextBreak
      this.sentenceCursor = this.nextBreak + 1
    }
    this.sentenceCursor = Math.max(this.sentenceCursor, quote - 1)
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
      let start = this.stretchCursor
      if (cued) {
        // A stretch without a cue holds no trigger: the stretches before the one of the next cue
        // are passed over (a cue is letters, so it lies inside one stretch).
        if (this.nextCue === -2 || (this.nextCue !== -1 && this.nextCue < start)) this.nextCue = this.find(cueSearch, start)
        if (this.nextCue === -1 || this.nextCue >= quote) {
          this.stretchCursor = quote + 1
          break
        }
        start = this.nextCue
        while (start > this.stretchCursor && !isBreak(text.charCodeAt(start - 1))) start--
      }
      let end = start
      while (end < quote && !isBreak(text.charCodeAt(end))) end++
      const kind = lastTrigger(text, start, end)
      if (kind !== null) {
        this.triggerStretch = start
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
