// Unicode classes of code points as patterns see them (`\p{L}`, `\p{N}`, `\s`), looked up once
// per code point: loops over code units can then replace patterns tried at every position.

/** A letter (`\p{L}`). */
export const LETTER = 1
/** A number (`\p{N}`). */
export const NUMBER = 2
/** White space (`\s`, what `trim()` removes). */
export const SPACE = 3
/** Anything else. */
export const OTHER = 4

const letter = /^\p{L}$/u
const number = /^\p{N}$/u
const space = /^\s$/u
const bmpClasses = new Uint8Array(0x10000)
const astralClasses = new Map<number, number>()

function classify(char: string): number {
  return letter.test(char) ? LETTER : number.test(char) ? NUMBER : space.test(char) ? SPACE : OTHER
}

/** The class of a code point, worked out by the same Unicode properties as a pattern, once per code point. */
export function classOf(code: number): number {
  if (code < 0x10000) {
    let known = bmpClasses[code]!
    if (known === 0) bmpClasses[code] = known = classify(String.fromCharCode(code))
    return known
  }
  let known = astralClasses.get(code)
  if (known === undefined) astralClasses.set(code, (known = classify(String.fromCodePoint(code))))
  return known
}

/** Code units of the code point that ends at `at`, not reaching before `from` (a pair cut there is two signs). */
export function unitsBefore(text: string, from: number, at: number): number {
  const low = text.charCodeAt(at - 1)
  if (low < 0xdc00 || low > 0xdfff || at - 2 < from) return 1
  const high = text.charCodeAt(at - 2)
  return high >= 0xd800 && high <= 0xdbff ? 2 : 1
}

/** The code point that ends at `at` (see {@link unitsBefore}). */
export function codeBefore(text: string, units: number, at: number): number {
  return units === 1 ? text.charCodeAt(at - 1) : text.codePointAt(at - 2)!
}

/**
 * The run of letters that ends at `at` (after white space is skipped back over), not reaching
 * before `from`, as `(?<!\p{L})(\p{L}{1,max})$` reads the text from `from` to `at`: its start,
 * or -1 when there is no letter there or the run is longer than `max`.
 */
export function letterRunBefore(text: string, from: number, at: number, max: number): number {
  let start = at
  for (let count = 0; start > from; count++) {
    const units = unitsBefore(text, from, start)
    if (classOf(codeBefore(text, units, start)) !== LETTER) break
    if (count === max) return -1
    start -= units
  }
  return start === at ? -1 : start
}

/** Whether a letter (`\p{L}`, a whole code point) starts at `at`: what `(?!\p{L})` refuses there. */
export function letterAt(text: string, at: number): boolean {
  return at < text.length && classOf(text.codePointAt(at)!) === LETTER
}

/** Whether no letter (`\p{L}`) stands right before `at` in `text`: what `(?<!\p{L})` asks there. */
export function noLetterBefore(text: string, at: number): boolean {
  return at === 0 || classOf(codeBefore(text, unitsBefore(text, 0, at), at)) !== LETTER
}

/**
 * The first match at or after `from` of the global `pattern` that no letter precedes: what the
 * pattern with a leading `(?<!\p{L})` finds, without trying the look-behind at every position
 * (which keeps the engine from skipping ahead). `pattern` must start with a BMP character.
 */
export function execAfterNonLetter(pattern: RegExp, text: string, from = 0): RegExpExecArray | null {
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (noLetterBefore(text, match.index)) return match
    pattern.lastIndex = match.index + 1
  }
  return null
}
