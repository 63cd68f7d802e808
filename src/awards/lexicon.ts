import forms from '../../dictionaries/award-forms.json' with { type: 'json' }
import kinds from '../../dictionaries/recipient-kinds.json' with { type: 'json' }
import { classOf, SPACE } from './chars.js'

/** Escapes a phrase for a pattern and lets each word start in either case and spaces vary. */
export function phrase(text: string, anyCase = true): string {
  return text
    .split(/\s+/u)
    .map((word) => {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
      const first = escaped[0]!
      const lower = first.toLowerCase()
      const upper = first.toUpperCase()
      return anyCase && lower !== upper ? `[${upper}${lower}]${escaped.slice(1)}` : escaped
    })
    .join('\\s{1,2}')
}

/**
 * A phrase as {@link phrase} writes it, read by code units instead: each word's first letter in
 * either case (when `anyCase`), the rest as written, one or two white spaces between words.
 */
export interface PhraseMatcher {
  /** Per word: its first letter in both cases, and the rest of it. */
  words: readonly { upper: number; lower: number; rest: string }[]
}

/** Compiles {@link PhraseMatcher} for `text`. */
export function phraseMatcher(text: string, anyCase = true): PhraseMatcher {
  return {
    words: text.split(/\s+/u).map((word) => {
      const first = word[0]!
      const lower = anyCase ? first.toLowerCase() : first
      const upper = anyCase ? first.toUpperCase() : first
      if (lower.length !== 1 || upper.length !== 1) throw new Error(`vn-admin-news: no one-unit cases for "${word}"`)
      return { upper: upper.charCodeAt(0), lower: lower.charCodeAt(0), rest: word.slice(1) }
    }),
  }
}

/** `\s` as a `u` pattern reads a code unit (every white space is one unit). */
function isSpace(text: string, at: number): boolean {
  return at < text.length && classOf(text.charCodeAt(at)) === SPACE
}

/**
 * Where a match of `matcher` at `at` ends (what the sticky pattern of {@link phrase} finds there:
 * `\s{1,2}` takes both spaces, as no word starts with one), or -1.
 */
export function matchPhrase(matcher: PhraseMatcher, text: string, at: number): number {
  let i = at
  const { words } = matcher
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!
    if (w > 0) {
      if (!isSpace(text, i)) return -1
      i++
      if (isSpace(text, i)) i++
    }
    const code = text.charCodeAt(i)
    if (code !== word.lower && code !== word.upper) return -1
    if (!text.startsWith(word.rest, i + 1)) return -1
    i += 1 + word.rest.length
  }
  return i
}

/** One alternation, longest phrase first. */
export function alternation(list: readonly string[], anyCase = true): string {
  return [...list].sort((a, b) => b.length - a.length).map((item) => phrase(item, anyCase)).join('|')
}

/**
 * Text that every match of {@link phrase} `text` holds, whatever the case of its words' first
 * letters: its longest word without the first letter ("Thừa ủy quyền" → "uyền").
 */
export function literalOf(text: string): string {
  return text.split(/\s+/u).reduce((longest, word) => (word.length > longest.length ? word : longest), '').slice(1)
}

/**
 * The literals of `phrases` ({@link literalOf}) as one pattern: every match of a phrase holds one
 * of them, so a text the pattern does not match holds no phrase of the list, and the phrase
 * pattern need not run. One native scan, instead of one `includes` per literal.
 */
export function literalsOf(phrases: readonly string[]): RegExp {
  const chosen = phrases.map(literalOf)
  // A phrase holding another's literal in one of its words ("sẽ được": "ẽ" of "sẽ") is told by
  // that one: fewer and rarer literals ("ược" is in every "được") let more texts be turned down.
  const literals = new Set(
    phrases.map((item, i) => {
      const words = item.split(/\s+/u).map((word) => word.slice(1))
      return words.find((word) => word.length > 0 && chosen.some((other, j) => j !== i && other === word)) ?? chosen[i]!
    }),
  )
  return new RegExp([...literals].map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'))
}

/** Whether `text` holds one of the literals of a {@link literalsOf} pattern. */
export function holdsAny(text: string, literals: RegExp): boolean {
  return literals.test(text)
}

export type RecipientKind = 'collective' | 'individual' | 'mixed'

export const formData = forms
export const kindData = kinds

/** The kind of recipient a noun counts: "đội" → collective, "học sinh" → individual. */
export const recipientKind = new Map<string, 'collective' | 'individual'>([
  ...kinds.collective.map((k) => [k, 'collective'] as const),
  ...kinds.individual.map((k) => [k, 'individual'] as const),
])

/** Words that end an issuer phrase or a name. */
export const stopWords = new Set(forms.issuerStops.filter((w) => !w.includes(' ')))
