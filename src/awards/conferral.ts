import { classOf, execAfterNonLetter, SPACE } from './chars.js'
import { clausesIn, sentencesIn } from './clauses.js'
import { findCounts, singleRecipient, type CountMention } from './count.js'
import type { anchorsOf } from './anchors.js'
import { findForms, type FormMention } from './forms.js'
import { issuerBefore, type IssuerBefore, type Range } from './issuer.js'
import { alternation, formData, holdsAny, literalsOf } from './lexicon.js'
import { countSource, mayEndCount, parseCount } from './number.js'
import { firstAtOrAfter, firstWords, scan, wordsIn, type Word } from './scan.js'

/** One conferral as read from a clause, before conferrals of the same form and issuer merge. */
export interface Conferral extends Range {
  form: string | null
  issuer: string | null
  collectives: number | null
  individuals: number | null
  reason: string | null
}

type Single = 'collective' | 'individual' | 'plural' | null

/** What a clause hands to the clauses after it in the same paragraph. */
interface Context {
  /** Whether the last award clause stated conferrals or proposals (for verbless list items). */
  mode: 'award' | 'proposal' | null
  /** The last issuer written as the subject of a conferral verb. */
  issuer: Range | null
  /** The one recipient of a passive conferral earlier in the sentence ("Sở … được tặng …"). */
  subject: Single
}

interface Verb extends Range {
  formless: boolean
  /** "nhận", "đón nhận": the subject receives, it does not confer. */
  receives: boolean
}

const verbWords = formData.verbs
  .map((verb) =>
    verb === 'nhận'
      ? '(?<!(?:[Gg]hi|[Tt]iếp|[Xx]ác|[Tt]hừa|[Cc]ảm)\\s)[Nn]hận(?!\\s(?:thức|xét|định|thấy|diện|biết|lời|quà|hoa|được sự|sự))'
      : verb === 'trao'
        ? '[Tt]rao(?!\\s(?:đổi|quyền|tay))'
        : verb === 'tặng'
          ? '[Tt]ặng(?!\\s(?:hoa|quà))'
          : alternation([verb]),
  )
  .join('|')
const verbFirst = firstWords(formData.verbs)
/** "công" and "phong" start verbs only before "nhận" and "tặng" ("công tác" is not one). */
const verbGate = (word: string, words: readonly Word[], index: number) =>
  // Most words are no word of the vocabulary (""): no set to look them up in.
  word.length > 0 && verbFirst.has(word) && (word !== 'công' || words[index + 1]?.lower === 'nhận')
const verbPattern = new RegExp(
  `(?:${verbWords})(?:(?:,\\s{1,2}|\\s{1,2}(?:và|hoặc)\\s{1,2})(?:${verbWords}))?(?!\\p{L})`,
  'yu',
)
/** "Lễ trao tặng …" names the ceremony, it does not state a conferral. */
const ceremony = /(?<!\p{L})(?:[Ll]ễ|[Bb]uổi)\s{1,2}$/u
const receiving = /(?<![Cc]ông\s{1,2})[Nn]hận$/u
const formless = new RegExp(`^(?:${alternation(formData.formlessVerbs)})`, 'u')
/** Proposals, read where no letter stands before them (see {@link execAfterNonLetter}). */
const proposal = new RegExp(`(?:${alternation(formData.proposals)})(?!\\p{L})`, 'gu')
const passiveWord = /được(?!\p{L})/gu
const proposalLiterals = literalsOf(formData.proposals)
const joiner = new RegExp(`^\\s{0,2}(?:,|và|,\\s{0,2}và|cùng)\\s{0,2}(?:${countSource}\\s{1,2})?$`, 'iu')
const countBefore = new RegExp(`(?<![\\p{L}\\p{N}.,])(${countSource})\\s{1,2}$`, 'iu')
/** "Bằng khen của … được trao cho …": a form written before its passive verb. */
const passiveAfter = /^\s{0,2}(?:(?:đã|cũng|vừa|đều)\s{1,2}){0,2}được\s{1,2}$/u
const connectives = /^(?:[\s,.;:()\-–]|và|Và|đồng thời|Đồng thời|ngoài ra|Ngoài ra|cùng với đó|Cùng với đó|bên cạnh đó|Bên cạnh đó)*$/u
/** The start of a reason, read where no letter stands before it (see {@link execAfterNonLetter}). */
const reasonStart = /(?:vì\s{1,2})?(?:đã\s{1,2})?(?:có|đạt)\s{1,2}(?:nhiều\s{1,2})?thành\s{1,2}tích/gu
const reasonEnd = new RegExp(`,\\s{1,2}(?:${countSource})\\s|[;.]`, 'iu')

/**
 * Reads every conferral of one part of the article (a paragraph, lead or caption); `hits` are
 * the article's anchors ({@link anchorsOf}).
 */
export function parseConferrals(text: string, from: number, to: number, hits: readonly number[], out: Conferral[]): void {
  if (!anchorIn(hits, from, to)) return
  const context: Context = { mode: null, issuer: null, subject: null }
  for (const sentence of sentencesIn(text, from, to)) {
    context.subject = null
    let conferred = false
    if (!anchorIn(hits, sentence.start, sentence.end)) {
      if (context.mode === 'award') context.mode = null
      continue
    }
    for (const clause of clausesIn(text, sentence)) {
      if (!anchorIn(hits, clause.start, clause.end)) continue
      conferred = parseClause(text, clause, hits, context, out) || conferred
    }
    if (!conferred && context.mode === 'award') context.mode = null
  }
}

/** Whether one of the sorted `hits` lies between `start` and `end`. */
function anchorIn(hits: readonly number[], start: number, end: number): boolean {
  const at = firstAtOrAfter(hits, start)
  return at < hits.length && hits[at]! < end
}

function findVerbs(text: string, clause: Range, forms: readonly FormMention[], words: readonly Word[]): Verb[] {
  const verbs: Verb[] = []
  for (const match of scan(text, clause.start, clause.end, verbGate, verbPattern, words)) {
    const start = match.index
    const end = start + match[0].length
    if (overlapsAny(forms, start, end)) continue
    if (mayBeCeremony(text, clause.start, start) && ceremony.test(text.slice(Math.max(clause.start, start - 12), start))) continue
    verbs.push({ start, end, formless: formless.test(match[0]), receives: receiving.test(match[0]) })
  }
  return verbs
}

/** Whether one of `ranges` overlaps `start`–`end`. */
function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  for (const range of ranges) if (start < range.end && range.start < end) return true
  return false
}

/**
 * What {@link ceremony} needs before a verb at `at`: one or two white spaces after "ễ" or "i"
 * ("Lễ", "buổi"), not before `from`. Most verbs follow neither, and no window is cut for them.
 */
function mayBeCeremony(text: string, from: number, at: number): boolean {
  let i = at
  while (i > from && at - i < 2 && classOf(text.charCodeAt(i - 1)) === SPACE) i--
  if (i === at || i <= from) return false
  const last = text.charCodeAt(i - 1)
  return last === 0x1ec5 || last === 0x69
}

function isProposal(text: string, from: number, verbStart: number): boolean {
  const before = text.slice(Math.max(from, verbStart - 300), verbStart)
  if (!holdsAny(before, proposalLiterals)) return false
  let last = -1
  for (let match = execAfterNonLetter(proposal, before); match !== null; match = execAfterNonLetter(proposal, before, last)) {
    last = match.index + match[0].length
  }
  return last >= 0 && execAfterNonLetter(passiveWord, before.slice(last)) === null
}

function startsClause(text: string, from: number, at: number): boolean {
  return at - from <= 60 && connectives.test(text.slice(from, at).trim())
}

function sum(counts: readonly CountMention[], kind: 'collective' | 'individual'): number | null {
  const picked = counts.filter((c) => c.kind === kind)
  return picked.length === 0 ? null : picked.reduce((total, c) => total + c.value, 0)
}

function reasonIn(text: string, from: number, to: number): string | null {
  const segment = text.slice(from, Math.min(to, from + 400))
  if (!segment.includes('tích')) return null
  const start = execAfterNonLetter(reasonStart, segment)
  if (!start) return null
  const rest = segment.slice(start.index)
  const end = reasonEnd.exec(rest)
  const reason = rest.slice(0, end ? end.index : Math.min(rest.length, 240)).trim()
  return reason.replace(/^(?:vì\s{1,2})?(?:đã\s{1,2})?/u, '') || null
}

/** Reads one clause; returns whether it stated a conferral. */
function parseClause(text: string, clause: Range, hits: readonly number[], context: Context, out: Conferral[]): boolean {
  const words = wordsIn(text, clause.start, clause.end)
  const forms = findForms(text, clause.start, clause.end, words, hits)
  const verbs = findVerbs(text, clause, forms, words)
  const counts = findCounts(text, clause.start, clause.end, forms, words)
  if (forms.length === 0) return parseFormless(text, clause, verbs, counts, context, out)

  const groups: FormMention[][] = []
  for (const form of forms) {
    const last = groups[groups.length - 1]
    const previous = last?.[last.length - 1]
    if (last && previous && !verbs.some((v) => v.start >= previous.tail && v.end <= form.start) && joiner.test(text.slice(previous.tail, form.start))) {
      last.push(form)
    } else groups.push([form])
  }

  let conferred = false
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!
    const first = group[0]!
    const last = group[group.length - 1]!
    const verb = lastBefore(verbs, first.start)
    const counted = group.map((form) => numberBefore(text, clause.start, form.start))
    const followed = verb === null ? verbs.find((v) => v.start >= last.tail && passiveAfter.test(text.slice(last.tail, v.start))) : undefined
    const tail = followed?.end ?? last.tail
    let mode: 'award' | 'proposal'
    if (verb) mode = isProposal(text, clause.start, verb.start) ? 'proposal' : 'award'
    else if (followed) mode = isProposal(text, clause.start, followed.start) ? 'proposal' : 'award'
    else if (counted.every((n) => n !== null)) mode = context.mode === 'proposal' ? 'proposal' : 'award'
    else if (context.mode !== null && startsClause(text, clause.start, first.start)) mode = context.mode
    else continue
    context.mode = mode
    if (mode === 'proposal') continue
    conferred = true

    const regionStart = verb ? lastTailBefore(forms, clause.start, verb.start) : clause.start
    const before: IssuerBefore | null = verb
      ? verb.receives
        ? { issuer: null, multiple: false, passive: true, subjectEnd: verb.start }
        : issuerBefore(text, Math.max(regionStart, verb.start - 240), verb.start)
      : null
    let subjectIssuer = before?.issuer ?? null
    if (verb && before && !before.issuer && !before.multiple && !before.passive && startsClause(text, clause.start, verb.start)) {
      subjectIssuer = context.issuer
    }
    if (before?.issuer) context.issuer = before.issuer

    const next = groups[g + 1]?.[0]?.start ?? clause.end
    const nextVerb = verbs.find((v) => v.start >= tail && v !== followed)
    let afterEnd = Math.min(next, nextVerb?.start ?? clause.end)
    if (nextVerb && nextVerb.start < next) {
      const ahead = issuerBefore(text, Math.max(tail, nextVerb.start - 240), nextVerb.start)
      if (ahead.passive && !/^\s{0,2}cho\s/u.test(text.slice(tail, afterEnd))) {
        const comma = text.lastIndexOf(',', ahead.subjectEnd)
        afterEnd = comma >= tail ? Math.min(afterEnd, comma) : tail
      }
    }
    const after = counts.filter((c) => c.start >= tail && c.start < afterEnd)
    const subjectStart = regionStart
    const subject = before?.passive ? counts.filter((c) => c.start >= subjectStart && c.end <= before.subjectEnd) : []
    const recipients = after.length > 0 ? after : subject

    let collectives: number | null = null
    let individuals: number | null = null
    let single: Single = null
    if (recipients.length > 0) {
      if (!recipients.some((c) => c.combined) && group.length === 1) {
        collectives = sum(recipients, 'collective')
        individuals = sum(recipients, 'individual')
      }
    } else {
      const cho = /^\s{0,2}cho\s{1,2}/u.exec(text.slice(tail, afterEnd))
      if (cho) single = singleRecipient(text.slice(tail + cho[0].length, afterEnd))
      else if (before?.passive) {
        single = singleRecipient(text.slice(subjectStart, before.subjectEnd)) ?? 'collective'
        context.subject = single
      } else single = context.subject
      if (single === 'collective') collectives = 1
      if (single === 'individual') individuals = 1
      if (single === null && !cho && subjectIssuer === null && !before?.multiple && counted.every((n) => n === null)) continue
    }
    const ownCounts = single === null && recipients.length === 0 && (group.length === 1 || counted.every((n) => n !== null))
    const reason = reasonIn(text, tail, clause.end)
    const end = Math.max(tail, ...recipients.map((c) => c.end))
    for (let f = 0; f < group.length; f++) {
      const form = group[f]!
      const issuer = form.issuer ?? (before?.multiple ? null : subjectIssuer)
      const written = counted[f]
      const own = ownCounts && typeof written === 'string' ? parseCount(written) : null
      const start = Math.min(form.start, before?.issuer?.start ?? form.start)
      out.push({
        start,
        end: Math.max(end, form.tail),
        form: form.form,
        issuer: issuer ? text.slice(issuer.start, issuer.end) : null,
        collectives: own !== null && form.kind === 'collective' ? own : collectives,
        individuals: own !== null && form.kind === 'individual' ? own : individuals,
        reason,
      })
    }
  }
  return conferred
}

/** The last verb that ends by `at`. */
function lastBefore(verbs: readonly Verb[], at: number): Verb | null {
  for (let v = verbs.length - 1; v >= 0; v--) if (verbs[v]!.end <= at) return verbs[v]!
  return null
}

/** The end of the last form (with its issuer) that ends by `at`, or `from`. */
function lastTailBefore(forms: readonly FormMention[], from: number, at: number): number {
  let tail = from
  for (const form of forms) if (form.tail <= at && form.tail > tail) tail = form.tail
  return tail
}

function numberBefore(text: string, from: number, at: number): string | null {
  if (!mayEndCount(text, Math.max(from, at - 24), at)) return null
  const match = countBefore.exec(text.slice(Math.max(from, at - 24), at))
  return match ? match[1]! : null
}

/** "Ban tổ chức trao thưởng cho 16 tập thể": a conferral that names no form but states a count. */
function parseFormless(
  text: string,
  clause: Range,
  verbs: readonly Verb[],
  counts: readonly CountMention[],
  context: Context,
  out: Conferral[],
): boolean {
  let conferred = false
  for (const verb of verbs) {
    if (!verb.formless) continue
    const lead = /^\s{1,2}(?:cho\s{1,2})?/u.exec(text.slice(verb.end, clause.end))
    const at = verb.end + (lead?.[0].length ?? 0)
    const first = counts.find((c) => c.start === at)
    if (!first || isProposal(text, clause.start, verb.start)) continue
    const recipients = counts.filter((c) => c.start >= at)
    const before = issuerBefore(text, Math.max(clause.start, verb.start - 240), verb.start)
    const combined = recipients.some((c) => c.combined)
    out.push({
      start: before.issuer?.start ?? verb.start,
      end: Math.max(...recipients.map((c) => c.end)),
      form: null,
      issuer: before.issuer ? text.slice(before.issuer.start, before.issuer.end) : null,
      collectives: combined ? null : sum(recipients, 'collective'),
      individuals: combined ? null : sum(recipients, 'individual'),
      reason: reasonIn(text, at, clause.end),
    })
    context.mode = 'award'
    conferred = true
  }
  return conferred
}
