import { alternation, formData, phrase, type RecipientKind } from './lexicon.js'
import { issuerAt, type Range } from './issuer.js'
import { firstWordAt, scan, type Word } from './scan.js'

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

/** A head pattern per form, found by the form's lower-cased first word; longest heads first. */
const headRules = new Map<string, { entry: FormEntry | null; pattern: RegExp }[]>()
for (const entry of [...entries].sort((a, b) => b.head.length - a.head.length)) {
  const first = entry.head.split(' ')[0]!.toLowerCase()
  const rules = headRules.get(first) ?? []
  rules.push({ entry, pattern: new RegExp(`${phrase(entry.head)}(?!\\p{L})`, 'uy') })
  headRules.set(first, rules)
}
headRules.set('giải', [{ entry: null, pattern: new RegExp(`[Gg]iải\\s(?:${alternation(formData.prizes)})(?!\\p{L})`, 'uy') }])
const headGate = new Set([...headRules.keys(), 'danh'])
const quotedTitle = /[Dd]anh\s{1,2}hiệu\s{0,2}"([^"\n]{2,120})"/yu
const isDanh = (word: string) => word === 'danh'

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
  for (const rule of headRules.get(lower) ?? []) {
    rule.pattern.lastIndex = start
    if (rule.pattern.test(text)) return true
  }
  return false
}
const quotedName = /^\s{0,2}"[^"\n]{2,120}"/u
const classes = new RegExp(`^\\s{1,2}(?:${alternation(formData.classes)})(?!\\p{L})`, 'u')
const levels = new RegExp(`^\\s{1,2}(?:${alternation(formData.levels)})(?!\\p{L})`, 'u')
/** "Huy hiệu 40 năm tuổi Đảng". */
const partyYears = /^\s{1,2}\d{2}\s{1,2}năm\s{1,2}tuổi\s{1,2}Đảng(?!\p{L})/u
const sector = /^\s{1,2}ngành\s\p{Lu}\p{Ll}*(?:\s(?!năm|của|cho|và|tại|trong|được)\p{Ll}+){0,2}(?!\p{L})/u
const namesOf = new Map<FormEntry, RegExp>(
  entries
    .filter((entry) => entry.names !== undefined)
    .map((entry) => [entry, new RegExp(`^\\s{1,2}(?:${alternation(entry.names!)})(?!\\p{L})`, 'u')]),
)

/**
 * Every award form in `text` between `from` and `to`, in order, with its written issuer; `words`
 * are the words from `from` on.
 */
export function findForms(text: string, from: number, to: number, words: readonly Word[]): FormMention[] {
  const found: FormMention[] = []
  for (const match of scan(text, from, to, isDanh, quotedTitle, words)) {
    const start = match.index
    let end = start + match[0].length
    end = extend(text, end, to, levels)
    const inner = match[1]!.trim()
    const rule = headRules.get(inner.split(/\s/u)[0]!.toLowerCase())?.find((r) => {
      r.pattern.lastIndex = 0
      return r.pattern.test(inner)
    })
    found.push(withIssuer(text, start, end, to, (rule?.entry?.kind as RecipientKind | undefined) ?? 'mixed'))
  }
  for (let i = firstWordAt(words, from); i < words.length && words[i]!.start < to; i++) {
    const titled = words[i]!.lower === 'danh' && words[i + 1]?.lower === 'hiệu'
    const at = titled ? i + 2 : i
    const word = words[at]
    const rules = word === undefined ? undefined : headRules.get(word.lower)
    if (word === undefined || rules === undefined) continue
    let matched: { entry: FormEntry | null; end: number } | null = null
    for (const rule of rules) {
      rule.pattern.lastIndex = word.start
      const match = rule.pattern.exec(text)
      if (match) {
        matched = { entry: rule.entry, end: word.start + match[0].length }
        break
      }
    }
    if (matched === null || matched.end > to) continue
    const start = titled && matched.entry !== null ? words[i]!.start : word.start
    let end = matched.end
    if (found.some((f) => start < f.end && f.start < end)) continue
    const entry = matched.entry
    if (entry === null) {
      found.push(withIssuer(text, start, end, to, 'mixed'))
    } else {
      const quoted = quotedName.exec(text.slice(end, to))
      if (entry.quotedOnly && !quoted) continue
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
    }
    while (i + 1 < words.length && words[i + 1]!.start < end) i++
  }
  return found.sort((a, b) => a.start - b.start)
}

function extend(text: string, end: number, to: number, pattern: RegExp): number {
  const match = pattern.exec(text.slice(end, Math.min(to, end + 80)))
  return match ? end + match[0].length : end
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
