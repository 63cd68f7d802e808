import { classOf, codeBefore, LETTER, NUMBER, SPACE, unitsBefore } from './chars.js'

/** A token before a verb: a run of letters, digits and `&/.-` ("UBND", "12/QĐ-UBND") or one other sign. */
export interface Token {
  start: number
  end: number
  /** Letters and "&" only: a word an issuer phrase may hold. */
  plain: boolean
  /** The token's text lower-cased, once asked for (see {@link lowerOf}). */
  lower?: string
}

/** A token's text (`text` from `token.start` to `token.end`) lower-cased, worked out once. */
export function lowerOf(text: string, token: Token): string {
  return (token.lower ??= text.slice(token.start, token.end).toLowerCase())
}

const AMPERSAND = 0x26

/** Whether a code point of this class and code continues a run: letters, digits, "&", "/", ".", "-". */
function inRun(kind: number, code: number): boolean {
  return kind === LETTER || kind === NUMBER || code === AMPERSAND || code === 0x2f || code === 0x2e || code === 0x2d
}

/**
 * The tokens of `text` between `from` and `end`, read backwards and only as far as asked: `at(0)`
 * is the last token. They are the tokens a forward reading from `from` gives (runs of
 * `[\p{L}\p{N}&/.-]`, single other signs, white space skipped), but a look back from a verb
 * seldom needs more than a few of them.
 */
export class TokensBefore {
  private readonly read: Token[] = []
  private position: number

  constructor(
    private readonly text: string,
    private readonly from: number,
    end: number,
  ) {
    this.position = end
  }

  /** The `k`-th token from the end, if there is one. */
  at(k: number): Token | undefined {
    while (this.read.length <= k && this.next()) continue
    return this.read[k]
  }

  private next(): boolean {
    const { text, from } = this
    let end = this.position
    let units = 0
    let code = 0
    let kind = SPACE
    while (kind === SPACE) {
      if (end <= from) return false
      units = unitsBefore(text, from, end)
      code = codeBefore(text, units, end)
      kind = classOf(code)
      if (kind === SPACE) end -= units
    }
    let start = end - units
    let plain = kind === LETTER || code === AMPERSAND
    if (inRun(kind, code)) {
      while (start > from) {
        units = unitsBefore(text, from, start)
        code = codeBefore(text, units, start)
        kind = classOf(code)
        if (!inRun(kind, code)) break
        plain &&= kind === LETTER || code === AMPERSAND
        start -= units
      }
    } else plain = false
    this.read.push({ start, end, plain })
    this.position = start
    return true
  }
}
