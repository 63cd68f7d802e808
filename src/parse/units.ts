import { ParseLatin } from 'parse-latin'

/**
 * Character classes of parse-latin, one UTF-16 unit at a time, memoised in tables filled by
 * parse-latin itself on first sight (its expressions are not exported): the fused parser asks a
 * table where parse-latin runs a regex on a node's text.
 */
const reference = new ParseLatin()

/** Token types, numbered as `unitType` returns them. */
export const TYPES = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'] as const
export const WORD = 1
export const WHITE_SPACE = 2
export const PUNCTUATION = 3

const typeOfUnit = new Uint8Array(0x10000)

/** The token type (index in {@link TYPES} + 1) parse-latin's tokenizer gives the unit `code`. */
export function unitType(code: number): number {
  const known = typeOfUnit[code]!
  if (known !== 0) return known
  const type = reference.tokenize(String.fromCharCode(code))[0]!.type
  const index = TYPES.indexOf(type as (typeof TYPES)[number]) + 1
  typeOfUnit[code] = index
  return index
}

/** 0 = not yet asked, 1 = no, 2 = yes. */
const lowerInitialUnit = new Uint8Array(0x10000)
const numericalUnit = new Uint8Array(0x10000)

/**
 * Whether a word starting with `code` counts as starting with a lower-case letter (parse-latin's
 * `lowerInitial`, which joins such a sentence to the one before): asked of parse-latin as
 * "Xy. <code>y", which stays one sentence exactly then. Words start with a word unit or "&".
 */
export function isLowerInitial(code: number): boolean {
  let known = lowerInitialUnit[code]!
  if (known === 0) {
    const paragraph = reference.parse(`Xy. ${String.fromCharCode(code)}y`).children[0]
    known = paragraph?.type === 'ParagraphNode' && paragraph.children.length === 1 ? 2 : 1
    lowerInitialUnit[code] = known
  }
  return known === 2
}

/**
 * Whether the one-unit value `code` is a digit for parse-latin's initialisms (`numerical`: "1.2."
 * is not an initialism, "U.S." is): asked of parse-latin as "<code>.<code>.", whose final full stop
 * stays out of the word exactly then. Only word units are numerical.
 */
export function isNumericalUnit(code: number): boolean {
  let known = numericalUnit[code]!
  if (known === 0) {
    known = 1
    if (unitType(code) === WORD) {
      const unit = String.fromCharCode(code)
      const paragraph = reference.parse(`${unit}.${unit}.`).children[0]
      const sentence = paragraph?.type === 'ParagraphNode' ? paragraph.children[0] : undefined
      if (sentence?.type === 'SentenceNode' && sentence.children.length === 2) known = 2
    }
    numericalUnit[code] = known
  }
  return known === 2
}

/**
 * Closing punctuation that follows a sentence's end into the sentence (parse-latin's
 * `affixSymbol`, 7.x): its characters, compared with parse-latin's regex unit by unit in the tests.
 */
const AFFIX =
  '!"\').?]}\u00bb\u0f3b\u0f3d\u169c\u2019\u201d\u2026\u203a\u203d\u2046\u207e\u208e\u2309\u230b\u232a\u2769\u276b\u276d' +
  '\u276f\u2771\u2773\u2775\u27c6\u27e7\u27e9\u27eb\u27ed\u27ef\u2984\u2986\u2988\u298a\u298c\u298e\u2990\u2992\u2994' +
  '\u2996\u2998\u29d9\u29db\u29fd\u2e03\u2e05\u2e0a\u2e0d\u2e1d\u2e21\u2e23\u2e25\u2e27\u2e29\u2e56\u2e58\u2e5a\u2e5c' +
  '\u3009\u300b\u300d\u300f\u3011\u3015\u3017\u3019\u301b\u301e\u301f\ufd3e\ufe18\ufe36\ufe38\ufe3a\ufe3c\ufe3e\ufe40' +
  '\ufe42\ufe44\ufe48\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d\uff60\uff63'
const affixUnit = new Uint8Array(0x10000)
for (let i = 0; i < AFFIX.length; i++) affixUnit[AFFIX.charCodeAt(i)] = 1

/** Whether `value` is one closing-punctuation character, repeated (`^([…])\1*$`). */
export function isAffix(value: string): boolean {
  return isAffixIn(value, 0, value.length)
}

/** {@link isAffix} of `text.slice(start, end)`, without slicing. */
export function isAffixIn(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start)
  if (start >= end || affixUnit[code] !== 1) return false
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) !== code) return false
  return true
}

/** Whether `value` is a sentence's end: only "!", ".", "?", "…", "‽" (`terminalMarker`). */
export function isTerminal(value: string): boolean {
  return isTerminalIn(value, 0, value.length)
}

/** {@link isTerminal} of `text.slice(start, end)`, without slicing. */
export function isTerminalIn(text: string, start: number, end: number): boolean {
  if (start >= end) return false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026 && code !== 0x203d) return false
  }
  return true
}

/** Whether `value` joins two words around it: one of `&'-.:=?@`, soft hyphen, "·", "‐", "‑", "’", "‧", or "_"s (`wordSymbolInner`). */
export function isInnerWordSymbol(value: string): boolean {
  return isInnerWordSymbolIn(value, 0, value.length)
}

/** {@link isInnerWordSymbol} of `text.slice(start, end)`, without slicing. */
export function isInnerWordSymbolIn(text: string, start: number, end: number): boolean {
  if (start >= end) return false
  const code = text.charCodeAt(start)
  if (code === 95) {
    for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) !== 95) return false
    return true
  }
  if (end - start !== 1) return false
  return (
    code === 38 || code === 39 || code === 45 || code === 46 || code === 58 || code === 61 || code === 63 ||
    code === 64 || code === 0xad || code === 0xb7 || code === 0x2010 || code === 0x2011 || code === 0x2019 ||
    code === 0x2027
  )
}

/** The number of line ends in `value`, "\r\n" counting once (as parse-latin splits white space). */
export function lineBreaks(value: string): number {
  return lineBreaksIn(value, 0, value.length)
}

/** {@link lineBreaks} of `text.slice(start, end)`, without slicing. */
export function lineBreaksIn(text: string, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) count++
    else if (code === 13) {
      count++
      if (i + 1 < end && text.charCodeAt(i + 1) === 10) i++
    }
  }
  return count
}

/** Whether white space `value` ends a paragraph: only spaces, tabs and line ends, one line end at least (`newLine`). */
export function isNewLine(value: string): boolean {
  let seen = false
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 10 || code === 13) seen = true
    else if (code !== 32 && code !== 9) return false
  }
  return seen
}

const abbreviation =
  /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

/** Whether a word's text is one parse-latin keeps its full stop with ("etc.", "a.", "12."), case-insensitively. */
export function isAbbreviation(text: string): boolean {
  return abbreviation.test(text.toLowerCase())
}
