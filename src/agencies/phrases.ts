import { normalizeEntry } from './lexicon.js'
import { charClass } from '../words.js'

/**
 * A dictionary of phrases matched at one offset by walking a trie, with the same result as the
 * sticky alternation `alternation(entries)` with the `iu` flags and a lookahead after it, but
 * without trying a hundred alternatives one by one at every candidate offset.
 *
 * As in `entrySource`: case folds, "đ"/"Đ"/"ð"/"Ð" are one letter, a space stands for one to
 * three spaces, " - " for a dash with up to two spaces on each side. Each entry can match in one
 * way only, so the first alternative of the (longest first) alternation that matches is the one
 * of the lowest rank among those the trie reaches.
 */

interface TrieNode {
  /** Folded char codes of the children in `kids` (a few each: a linear search beats a Map). */
  codes: number[]
  kids: TrieNode[]
  /** One to three spaces. */
  space: TrieNode | null
  /** Zero to two spaces (around a dash). */
  dashSpace: TrieNode | null
  /** Rank of the entry ending here in the alternation, -1 if none. */
  rank: number
}

const SPACE = -1
const DASH_SPACE = -2
/** Folded code of every char that `[đĐÐð]` matches. */
const D = 0x111
/** Folded code of every char that `[-–—]` matches. */
const DASH = 0x2d

/** Simple case folding (what the `iu` flags compare) for the BMP below U+1F00, with the đ and dash classes. */
const foldOf = new Uint16Array(0x1f00)
for (let code = 0; code < foldOf.length; code++) {
  const lower = String.fromCharCode(code).toLowerCase()
  foldOf[code] = lower.length === 1 ? lower.charCodeAt(0) : code
}
foldOf[0x17f] = 0x73 // "ſ" folds to "s"
for (const ch of 'đĐðÐ') foldOf[ch.charCodeAt(0)] = D
for (const ch of '-–—') if (ch.charCodeAt(0) < foldOf.length) foldOf[ch.charCodeAt(0)] = DASH

/** The code a text char matches in the trie. */
export function foldCode(code: number): number {
  if (code < foldOf.length) return foldOf[code]!
  if (code === 0x2013 || code === 0x2014) return DASH
  if (code === 0x212a) return 0x6b // Kelvin sign
  if (code === 0x212b) return 0xe5 // Angstrom sign
  return code
}

function newNode(): TrieNode {
  return { codes: [], kids: [], space: null, dashSpace: null, rank: -1 }
}

/** The entry's tokens: folded char codes, `SPACE`, `DASH_SPACE` (as `entrySource` writes them). */
function tokensOf(entry: string): number[] {
  const tokens: number[] = []
  for (const ch of entry) tokens.push(ch === ' ' ? SPACE : foldCode(ch.codePointAt(0)!))
  // " {1,3}[-–—] {1,3}" is written " {0,2}[-–—] {0,2}".
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i] === SPACE && tokens[i + 1] === DASH && tokens[i + 2] === SPACE) {
      tokens[i] = DASH_SPACE
      tokens[i + 2] = DASH_SPACE
      i += 2
    }
  }
  return tokens
}

/** What may not follow a match: letters and digits, and "&" for heads and sectors; or letters only (titles). */
export type Boundary = 'letter-digit' | 'letter-digit-amp' | 'letter'

const letterOrDigit = /[\p{L}\p{N}]/u
const letter = /\p{L}/u
/** 1 for the letters below U+1F00. */
const isLetter = new Uint8Array(0x1f00)
for (let code = 0; code < isLetter.length; code++) isLetter[code] = letter.test(String.fromCharCode(code)) ? 1 : 0

function continuesWord(text: string, at: number, amp: boolean, lettersOnly: boolean): boolean {
  if (at >= text.length) return false
  const code = text.charCodeAt(at)
  if (lettersOnly) return code < 0x1f00 ? isLetter[code] === 1 : letter.test(String.fromCodePoint(text.codePointAt(at)!))
  if (code === 38) return amp
  if (code < 0x1f00) return charClass(code) !== 0
  return letterOrDigit.test(String.fromCodePoint(text.codePointAt(at)!))
}

/** Fields of a node in the flat trie (`NODE` ints each). */
const RANK = 0
const SPACE_NODE = 1
const DASH_SPACE_NODE = 2
const EDGE_START = 3
const EDGE_COUNT = 4
const NODE = 5

/** A phrase found by {@link PhraseMatcher.match}: where it ends and its entry's value. */
export interface PhraseMatch<T> {
  end: number
  value: T
}

/**
 * The best entry a walk has reached (the lowest rank: the longest entry) as one number: rank ×
 * 2^32 + end, -1 for none (no object per walk). Ranks and ends stay far below 2^21 and 2^32.
 */
const RANK_UNIT = 2 ** 32
const NONE = -1

function rankOf(best: number): number {
  return Math.floor(best / RANK_UNIT)
}

/** A trie of dictionary phrases; see the module comment. */
export class PhraseMatcher<T> {
  /**
   * The trie flattened into typed arrays (a few kilobytes read in order, not objects spread over
   * the heap): per node its entry rank, space and dash-space children (0: none; the root is never
   * a child), and its char edges as (folded code, child) pairs in `edges`.
   */
  private readonly nodes: Int32Array
  private readonly edges: Int32Array
  private readonly values: T[] = []
  private readonly amp: boolean
  private readonly lettersOnly: boolean
  /** The root's child for each char below U+1F00 (0: no entry starts with it), read without a search of the root's edges. */
  private readonly firstNodes = new Int32Array(0x1f00)
  /** Whether an entry may be empty or start with a space or a dash: then every walk starts at the root. */
  private readonly fromRoot: boolean

  /** `entries` as `alternation` takes them; `valueOf` gives each entry's value. */
  constructor(entries: Iterable<string>, boundary: Boundary, valueOf: (entry: string) => T) {
    this.amp = boundary === 'letter-digit-amp'
    this.lettersOnly = boundary === 'letter'
    const root = newNode()
    const unique = [...new Set([...entries].map(normalizeEntry))]
    unique.sort((a, b) => b.length - a.length)
    unique.forEach((entry, rank) => {
      let node = root
      for (const token of tokensOf(entry)) {
        if (token === SPACE) node = node.space ??= newNode()
        else if (token === DASH_SPACE) node = node.dashSpace ??= newNode()
        else {
          const index = node.codes.indexOf(token)
          if (index !== -1) node = node.kids[index]!
          else {
            const next = newNode()
            node.codes.push(token)
            node.kids.push(next)
            node = next
          }
        }
      }
      if (node.rank === -1) node.rank = rank
      this.values[rank] = valueOf(entry)
    })
    // Number the nodes breadth first, then write them out.
    const order: TrieNode[] = [root]
    const numbers = new Map<TrieNode, number>([[root, 0]])
    for (let i = 0; i < order.length; i++) {
      const node = order[i]!
      for (const child of [...node.kids, node.space, node.dashSpace]) {
        if (child !== null && !numbers.has(child)) {
          numbers.set(child, order.length)
          order.push(child)
        }
      }
    }
    this.nodes = new Int32Array(order.length * NODE)
    this.edges = new Int32Array(order.reduce((sum, node) => sum + node.codes.length, 0) * 2)
    let edge = 0
    order.forEach((node, i) => {
      const at = i * NODE
      this.nodes[at + RANK] = node.rank
      this.nodes[at + SPACE_NODE] = node.space === null ? 0 : numbers.get(node.space)!
      this.nodes[at + DASH_SPACE_NODE] = node.dashSpace === null ? 0 : numbers.get(node.dashSpace)!
      this.nodes[at + EDGE_START] = edge
      this.nodes[at + EDGE_COUNT] = node.codes.length
      node.codes.forEach((code, k) => {
        this.edges[edge * 2] = code
        this.edges[edge * 2 + 1] = numbers.get(node.kids[k]!)!
        edge++
      })
    })
    this.fromRoot = root.rank !== -1 || root.space !== null || root.dashSpace !== null
    for (let code = 0; code < this.firstNodes.length; code++) {
      const index = root.codes.indexOf(foldCode(code))
      if (index !== -1) this.firstNodes[code] = numbers.get(root.kids[index]!)!
    }
  }

  /** The phrase written at `at`, or `null`. */
  match(text: string, at: number): PhraseMatch<T> | null {
    if (at >= text.length) return null
    const code = text.charCodeAt(at)
    let best: number
    if (code < this.firstNodes.length && !this.fromRoot) {
      // Most offsets fail on their first char: its node is looked up in a table, the walk goes on from there.
      const first = this.firstNodes[code]!
      if (first === 0) return null
      best = this.walk(text, first, at + 1, NONE)
    } else best = this.walk(text, 0, at, NONE)
    if (best === NONE) return null
    const rank = rankOf(best)
    return { end: best - rank * RANK_UNIT, value: this.values[rank]! }
  }

  /** The end of the phrase written at `at`, or -1. */
  matchAt(text: string, at: number): number {
    return this.match(text, at)?.end ?? -1
  }

  /**
   * Follows the chars from `node` at `at`, branching at spaces and dashes; returns the better of
   * `best` and the best entry reached (packed as `best` is).
   */
  private walk(text: string, node: number, at: number, best: number): number {
    const nodes = this.nodes
    const edges = this.edges
    const length = text.length
    for (;;) {
      const base = node * NODE
      const rank = nodes[base + RANK]!
      if (rank !== -1 && (best === NONE || rank < rankOf(best)) && !continuesWord(text, at, this.amp, this.lettersOnly)) {
        best = rank * RANK_UNIT + at
      }
      const dashSpace = nodes[base + DASH_SPACE_NODE]!
      if (at >= length) return dashSpace !== 0 ? this.walk(text, dashSpace, at, best) : best
      const code = text.charCodeAt(at)
      if (code === 32) {
        let run = 1
        while (run < 4 && text.charCodeAt(at + run) === 32) run++
        const space = nodes[base + SPACE_NODE]!
        if (space !== 0 && run <= 3) best = this.walk(text, space, at + run, best)
        if (dashSpace !== 0 && run <= 2) best = this.walk(text, dashSpace, at + run, best)
        return best
      }
      if (dashSpace !== 0) best = this.walk(text, dashSpace, at, best)
      const folded = foldCode(code)
      const start = nodes[base + EDGE_START]! * 2
      const end = start + nodes[base + EDGE_COUNT]! * 2
      let next = 0
      for (let e = start; e < end; e += 2) {
        if (edges[e] === folded) {
          next = edges[e + 1]!
          break
        }
      }
      if (next === 0) return best
      node = next
      at++
    }
  }
}

/**
 * Whether every char from `start` to `end` is one whose key is its lower case (Latin letters
 * below U+0300, Vietnamese letters, spaces, dashes…): a match there has its entry's key.
 */
export function keysAsWritten(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x17f || (code >= 0x300 && (code < 0x1e00 || code > 0x1eff) && code !== 0x2013 && code !== 0x2014)) return false
  }
  return true
}
