import { stringOf } from './codes.js'

/**
 * Maps offsets of a derived text back to the text it was derived from.
 *
 * `starts[i]` is where the source of derived char `i` begins; `ends[e]` is where the source of
 * the derived chars before offset `e` ends. Both have `length + 1` entries. `null` arrays mean
 * the identity: offsets are the same in both texts.
 */
export interface OffsetMap {
  readonly starts: Uint32Array | null
  readonly ends: Uint32Array | null
}

export const identityMap: OffsetMap = Object.freeze({ starts: null, ends: null })

/** The source offset where a span starting at `offset` begins. */
export function toSourceStart(map: OffsetMap, offset: number): number {
  const { starts } = map
  if (starts === null) return offset
  return starts[clamp(offset, starts.length - 1)]!
}

/** The source offset where a span ending at `offset` (exclusive) ends. */
export function toSourceEnd(map: OffsetMap, offset: number): number {
  const { ends } = map
  if (ends === null) return offset
  return ends[clamp(offset, ends.length - 1)]!
}

/** The map of a text derived in two steps: `outer` over the result of `inner`. */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  if (outer.starts === null || outer.ends === null) return inner
  if (inner.starts === null || inner.ends === null) return outer
  const starts = new Uint32Array(outer.starts.length)
  const ends = new Uint32Array(outer.ends.length)
  for (let i = 0; i < starts.length; i++) {
    starts[i] = toSourceStart(inner, outer.starts[i]!)
    ends[i] = toSourceEnd(inner, outer.ends[i]!)
  }
  return { starts, ends }
}

/**
 * Collects a derived text chunk by chunk with the source range of each chunk: its code units and
 * map in typed arrays that double when full (arrays of numbers, and a string per chunk, made
 * inputs with a mark on every letter cost most of their time here).
 */
export class MapBuilder {
  private codes: Uint16Array
  private starts: Uint32Array
  private ends: Uint32Array
  private length = 0

  /** `capacity`: the derived length expected (the arrays grow past it when needed). */
  constructor(capacity = 64) {
    this.codes = new Uint16Array(capacity + 1)
    this.starts = new Uint32Array(capacity + 1)
    this.ends = new Uint32Array(capacity + 1)
  }

  /** Appends `chunk`, derived from `source[from, to)`: each of its chars maps to the whole range. */
  push(chunk: string, from: number, to: number): void {
    if (chunk.length === 0) return
    this.reserve(chunk.length)
    for (let i = 0; i < chunk.length; i++) {
      this.codes[this.length + i] = chunk.charCodeAt(i)
      this.starts[this.length + i] = from
      this.ends[this.length + i + 1] = to
    }
    this.length += chunk.length
  }

  /**
   * Appends `source[from, to)` unchanged. Each unit maps to itself, a high surrogate and the unit
   * after it to the pair (the clusters `push` would have been given one by one).
   */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return
    this.reserve(to - from)
    const { codes, starts, ends } = this
    let k = this.length
    for (let i = from; i < to; i++, k++) {
      const code = source.charCodeAt(i)
      codes[k] = code
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
        codes[k + 1] = source.charCodeAt(i + 1)
        starts[k] = i
        starts[k + 1] = i
        ends[k + 1] = i + 2
        ends[k + 2] = i + 2
        i++
        k++
      } else {
        starts[k] = i
        ends[k + 1] = i + 1
      }
    }
    this.length = k
  }

  /** The derived text and its map; `sourceLength` closes the map at the source's end. */
  finish(sourceLength: number): { text: string; map: OffsetMap } {
    const starts = this.starts.slice(0, this.length + 1)
    const ends = this.ends.slice(0, this.length + 1)
    starts[this.length] = sourceLength
    ends[0] = this.length === 0 ? 0 : starts[0]!
    return { text: stringOf(this.codes.subarray(0, this.length)), map: { starts, ends } }
  }

  private reserve(more: number): void {
    const needed = this.length + more + 1
    if (needed <= this.starts.length) return
    const capacity = Math.max(needed, this.starts.length * 2)
    const codes = new Uint16Array(capacity)
    const starts = new Uint32Array(capacity)
    const ends = new Uint32Array(capacity)
    codes.set(this.codes.subarray(0, this.length + 1))
    starts.set(this.starts.subarray(0, this.length + 1))
    ends.set(this.ends.subarray(0, this.length + 1))
    this.codes = codes
    this.starts = starts
    this.ends = ends
  }
}

function clamp(offset: number, max: number): number {
  if (offset < 0) return 0
  return offset > max ? max : offset
}
