import { alternation, formData, phrase, type RecipientKind } from './lexicon.js'
import { issuerAt, type Range } from './issuer.js'
import { firstWords, scan } from './scan.js'

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
const byHead = new Map(entries.map((entry) => [entry.head.toLowerCase(), entry]))

const prize = `[Gg]iải\\s(?:${alternation(formData.prizes)})`
const head = new RegExp(
  `(?<!\\p{L})(?:([Dd]anh\\s{1,2}hiệu)\\s{1,2})?(?:(${prize})|(${alternation(entries.map((e) => e.head))}))(?!\\p{L})`,
  'yu',
)
const headGate = firstWords([...entries.map((e) => e.head), 'danh hiệu', 'giải'])
const quotedTitle = /[Dd]anh\s{1,2}hiệu\s{0,2}"([^"\n]{2,120})"/yu
const isDanh = (word: string) => word === 'danh'

/** Whether a lower-cased word may start an award form (a cheap test before any pattern runs). */
export const mayStartForm = (word: string): boolean => headGate.has(word)
const quotedName = /^\s{0,2}"[^"\n]{2,120}"/u
const classes = new RegExp(`^\\s{1,2}(?:${alternation(formData.classes)})(?!\\p{L})`, 'u')
const levels = new RegExp(`^\\s{1,2}(?:${alternation(formData.levels)})(?!\\p{L})`, 'u')
const sector = /^\s{1,2}ngành\s\p{Lu}\p{Ll}*(?:\s(?!năm|của|cho|và|tại|trong|được)\p{Ll}+){0,2}(?!\p{L})/u
const namesOf = new Map<FormEntry, RegExp>(
  entries
    .filter((entry) => entry.names !== undefined)
    .map((entry) => [entry, new RegExp(`^\\s{1,2}(?:${alternation(entry.names!)})(?!\\p{L})`, 'u')]),
)
const titleKind = new RegExp(`^(?:${alternation(entries.map((e) => e.head))})`, 'u')

/** Every award form in `text` between `from` and `to`, in order, with its written issuer. */
export function findForms(text: string, from: number, to: number): FormMention[] {
  const found: FormMention[] = []
  for (const match of scan(text, from, to, isDanh, quotedTitle)) {
    const start = match.index
    let end = start + match[0].length
    end = extend(text, end, to, levels)
    const inner = match[1]!.trim()
    const entry = titleKind.exec(inner) ? byHead.get(titleKind.exec(inner)![0].toLowerCase()) : undefined
    found.push(withIssuer(text, start, end, to, (entry?.kind as RecipientKind) ?? 'mixed'))
  }
  for (const match of scan(text, from, to, (word) => headGate.has(word), head)) {
    const start = match.index
    if (found.some((f) => start < f.end && f.start < start + match[0].length)) continue
    let end = start + match[0].length
    if (match[2] !== undefined) {
      found.push(withIssuer(text, start + (match[1] ? match[0].indexOf(match[2]) : 0), end, to, 'mixed'))
      continue
    }
    const entry = byHead.get(match[3]!.toLowerCase().replace(/\s+/gu, ' '))
    if (entry === undefined) continue
    const quoted = quotedName.exec(text.slice(end, to))
    if (entry.quotedOnly && !quoted) continue
    if (quoted) end += quoted[0].length
    else {
      const names = namesOf.get(entry)
      if (names) end = extend(text, end, to, names)
    }
    end = extend(text, end, to, classes)
    if (entry.head === 'Cờ thi đua') end = extend(text, end, to, sector)
    end = extend(text, end, to, levels)
    found.push(withIssuer(text, start, end, to, entry.kind as RecipientKind))
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
