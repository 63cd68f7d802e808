import { alternation, formData, matchPhrase, phrase, phraseMatcher, type RecipientKind } from './lexicon.js'
import { issuerAt, type Range } from './issuer.js'
import { classOf, letterAt, SPACE } from './chars.js'
import { firstAtOrAfter, type Word } from './scan.js'
import type { anchorsOf } from './anchors.js'

/** An award form as written, with the issuer written right after it ("Bằng khen của Thủ tướng"). */
export interface FormMention {
  start: number
  end: number
  form: string
  kind: RecipientKind
  issuer: Range | null
  /** End of the form and its issuer. */
  tail: number
}

interface FormEntry {
  head: string
  kind: string
  names?: string[]
  quotedOnly?: boolean
}

const entries = formData.forms as FormEntry[]

/** Where a head written at `at` ends (its pattern with `(?!\p{L})`), or -1. */
type HeadMatch = (text: string, at: number) => number

/** A head per form, found by the form's lower-cased first word; longest heads first. */
const headRules = new Map<string, { entry: FormEntry | null; match: HeadMatch }[]>()
for (const entry of [...entries].sort((a, b) => b.head.length - a.head.length)) {
  const first = entry.head.split(' ')[0]!.toLowerCase()
  const rules = headRules.get(first) ?? []
  const head = phraseMatcher(entry.head)
  rules.push({ entry, match: (text, at) => wordsEnd(text, matchPhrase(head, text, at)) })
  headRules.set(first, rules)
}
/** "Giải" + one white space + a prize ("Nhất", "Khuyến khích"), longest prizes first. */
const prize = phraseMatcher('Giải')
const prizes = [...formData.prizes].sort((a, b) => b.length - a.length).map((name) => phraseMatcher(name))
headRules.set('giải', [
  {
    entry: null,
    match: (text, at) => {
      const end = matchPhrase(prize, text, at)
      if (end < 0 || end >= text.length || classOf(text.charCodeAt(end)) !== SPACE) return -1
      for (const name of prizes) {
        const after = wordsEnd(text, matchPhrase(name, text, end + 1))
        if (after >= 0) return after
      }
      return -1
    },
  },
])

const headGate = new Set([...headRules.keys(), 'danh'])

/** `end` if no letter follows it there (and it is a match's end), else -1. */
function wordsEnd(text: string, end: number): number {
  return end >= 0 && !letterAt(text, end) ? end : -1
}
const quotedTitle = /[Dd]anh\s{1,2}hiệu\s{0,2}"([^"\n]{2,120})"/yu

/** Whether a lower-cased word may start an award form (a cheap test before any pattern runs). */
export const mayStartForm = (word: string): boolean => headGate.has(word)

/**
 * How award forms open: the lower-cased first word and the letters the next word may start with
 * (`null`: the first word may stand alone), as the head patterns read them ("bằng" + "Kk").
 */
export const formOpenings: readonly (readonly [string, string | null])[] = [
  ...entries.map((entry) => {
    const [first, second] = entry.head.split(' ')
    return [first!.toLowerCase(), second === undefined ? null : bothCases(second[0]!)] as const
  }),
  ['giải', formData.prizes.map((prize) => bothCases(prize[0]!)).join('')],
  ['danh', 'h'],
]

function bothCases(letter: string): string {
  const lower = letter.toLowerCase()
  const upper = letter.toUpperCase()
  return lower === upper ? letter : upper + lower
}

/**
 * Whether an award form starts at the word `lower` at `start` (one that {@link mayStartForm}
 * accepts): its head or a quoted title is written there. "Danh hiệu Chiến sĩ …" is found at its
 * head word.
 */
export function formStartsAt(text: string, start: number, lower: string): boolean {
  if (lower === 'danh') {
    quotedTitle.lastIndex = start
    return quotedTitle.test(text)
  }
  for (const rule of headRules.get(lower) ?? []) if (rule.match(text, start) >= 0) return true
  return false
}
const quotedName = /^\s{0,2}"[^"\n]{2,120}"/u

/**
 * A pattern read right after a form (`^\s{1,2}` and phrases), with the code units its phrases may
 * start with: where none follows the white space, the pattern cannot match and is not run.
 */
interface Extension {
  pattern: RegExp
  firsts: Uint8Array
}

/** An {@link Extension} of `pattern`, whose phrases start with one of `firsts`. */
function extension(pattern: RegExp, firsts: Iterable<string>): Extension {
  const table = new Uint8Array(0x10000)
  for (const first of firsts) table[first.charCodeAt(0)] = 1
  return { pattern, firsts: table }
}

/** The first letters of phrases as {@link alternation} reads them (either case). */
const phraseFirsts = (list: readonly string[]) => list.flatMap((item) => [item[0]!.toLowerCase(), item[0]!.toUpperCase()])

const classes = extension(new RegExp(`^\\s{1,2}(?:${alternation(formData.classes)})(?!\\p{L})`, 'u'), phraseFirsts(formData.classes))
const levels = extension(new RegExp(`^\\s{1,2}(?:${alternation(formData.levels)})(?!\\p{L})`, 'u'), phraseFirsts(formData.levels))
/** "Huy hiệu 40 năm tuổi Đảng". */
const partyYears = extension(/^\s{1,2}\d{2}\s{1,2}năm\s{1,2}tuổi\s{1,2}Đảng(?!\p{L})/u, '0123456789')
const sector = extension(/^\s{1,2}ngành\s\p{Lu}\p{Ll}*(?:\s(?!năm|của|cho|và|tại|trong|được)\p{Ll}+){0,2}(?!\p{L})/u, 'n')
const namesOf = new Map<FormEntry, Extension>(
  entries
    .filter((entry) => entry.names !== undefined)
    .map((entry) => [entry, extension(new RegExp(`^\\s{1,2}(?:${alternation(entry.names!)})(?!\\p{L})`, 'u'), phraseFirsts(entry.names!))]),
)

/**
 * Every award form in `text` between `from` and `to`, in order, with its written issuer; `words`
 * are the words from `from` on, `anchors` the article's ({@link anchorsOf}): a form's head or
 * quoted title starts at one of them, so only they are tried.
 */
export function findForms(text: string, from: number, to: number, words: readonly Word[], anchors: readonly number[]): FormMention[] {
  const found: FormMention[] = []
  const first = firstAtOrAfter(anchors, from)
  let after = from
  for (let a = first, w = 0; a < anchors.length && anchors[a]! < to; a++) {
    w = wordFrom(words, w, anchors[a]!)
    if (words[w]?.start !== anchors[a] || words[w]!.lower !== 'danh' || anchors[a]! < after) continue
    quotedTitle.lastIndex = anchors[a]!
    const match = quotedTitle.exec(text)
    if (match === null || match.index + match[0].length > to) continue
    const start = match.index
    after = start + match[0].length
    const end = extend(text, after, to, levels)
    const inner = match[1]!.trim()
    const rule = headRules.get(inner.split(/\s/u)[0]!.toLowerCase())?.find((r) => r.match(inner, 0) >= 0)
    found.push(withIssuer(text, start, end, to, (rule?.entry?.kind as RecipientKind | undefined) ?? 'mixed'))
  }
  // The words a scan from `from` would try, in order: "Danh hiệu" two words before a head, and
  // the head itself unless it opens a "danh hiệu" of its own; a form found skips the words in it.
  let skipTo = -1
  for (let a = first, w = 0; a < anchors.length && anchors[a]! < to; a++) {
    w = wordFrom(words, w, anchors[a]!)
    if (words[w]?.start !== anchors[a]) continue
    if (w >= 2 && titled(words, w - 2) && words[w - 2]!.start >= skipTo) {
      const end = formAt(text, to, words, w - 2, w, found)
      if (end >= 0) {
        skipTo = end
        continue
      }
    }
    if (!titled(words, w) && words[w]!.start >= skipTo) {
      const end = formAt(text, to, words, w, w, found)
      if (end >= 0) skipTo = end
    }
  }
  // Titles are found before heads: a clause with both may need a sort, most are in order already
  // (a stable sort would leave them so).
  return inOrder(found) ? found : found.sort((a, b) => a.start - b.start)
}

/** Whether `forms` are in text order. */
function inOrder(forms: readonly FormMention[]): boolean {
  for (let i = 1; i < forms.length; i++) if (forms[i]!.start < forms[i - 1]!.start) return false
  return true
}

/** The index of the first word that starts at or after `at`, looked for from word `w` on. */
function wordFrom(words: readonly Word[], w: number, at: number): number {
  let i = w
  while (i < words.length && words[i]!.start < at) i++
  return i
}

/** Whether words `i` and `i + 1` are "danh hiệu". */
function titled(words: readonly Word[], i: number): boolean {
  return words[i]!.lower === 'danh' && words[i + 1]?.lower === 'hiệu'
}

/**
 * The form whose head is word `at` (word `i` when it is not "Danh hiệu" before it), pushed onto
 * `found` unless it overlaps one there; its end, or -1 when none is pushed.
 */
function formAt(text: string, to: number, words: readonly Word[], i: number, at: number, found: FormMention[]): number {
  const word = words[at]!
  const rules = headRules.get(word.lower)
  if (rules === undefined) return -1
  let entry: FormEntry | null = null
  let end = -1
  for (const rule of rules) {
    end = rule.match(text, word.start)
    if (end >= 0) {
      entry = rule.entry
      break
    }
  }
  if (end < 0 || end > to) return -1
  const start = i !== at && entry !== null ? words[i]!.start : word.start
  if (found.some((f) => start < f.end && f.start < end)) return -1
  if (entry === null) {
    found.push(withIssuer(text, start, end, to, 'mixed'))
    return end
  }
  const quoted = mayQuote(text, end, to) ? quotedName.exec(text.slice(end, to)) : null
  if (entry.quotedOnly && !quoted) return -1
  if (quoted) end += quoted[0].length
  else {
    const names = namesOf.get(entry)
    if (names) end = extend(text, end, to, names)
  }
  end = extend(text, end, to, classes)
  if (entry.head === 'Cờ thi đua') end = extend(text, end, to, sector)
  if (entry.head === 'Huy hiệu') end = extend(text, end, to, partyYears)
  end = extend(text, end, to, levels)
  found.push(withIssuer(text, start, end, to, entry.kind as RecipientKind))
  return end
}

/** `end` moved over what `extension` reads right after it (within 80 code units and by `to`). */
function extend(text: string, end: number, to: number, extension: Extension): number {
  const limit = Math.min(to, end + 80)
  if (!firstAfterSpace(text, end, limit, extension.firsts)) return end
  const match = extension.pattern.exec(text.slice(end, limit))
  return match ? end + match[0].length : end
}

/** Whether one or two white spaces follow `end` and then one of `firsts` (before `limit`): what `^\s{1,2}` + a phrase needs. */
function firstAfterSpace(text: string, end: number, limit: number, firsts: Uint8Array): boolean {
  if (end >= limit || classOf(text.charCodeAt(end)) !== SPACE) return false
  let i = end + 1
  if (i < limit && classOf(text.charCodeAt(i)) === SPACE) i++
  return i < limit && firsts[text.charCodeAt(i)] === 1
}

/** Whether a quote follows `end` after at most two white spaces (before `to`): what {@link quotedName} needs. */
function mayQuote(text: string, end: number, to: number): boolean {
  let i = end
  while (i < to && i - end < 2 && classOf(text.charCodeAt(i)) === SPACE) i++
  return i < to && text.charCodeAt(i) === 0x22
}

const of = /^\s{1,2}của\s{1,2}/u
const bare = /^\s{1,2}(?=\p{Lu})/u

function withIssuer(text: string, start: number, end: number, to: number, kind: RecipientKind): FormMention {
  const rest = text.slice(end, Math.min(to, end + 16))
  const lead = of.exec(rest) ?? bare.exec(rest)
  const issuer = lead ? issuerAt(text, end + lead[0].length, to, lead[0].includes('của')) : null
  return { start, end, form: text.slice(start, end), kind, issuer, tail: issuer?.end ?? end }
}

export { phrase }
