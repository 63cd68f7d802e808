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

/** Collects a derived text chunk by chunk with the source range of each chunk. */
export class MapBuilder {
  private readonly chunks: string[] = []
  private starts: number[] = []
  private ends: number[] = [0]
  private length = 0

  /** Appends `chunk`, derived from `source[from, to)`. */
  push(chunk: string, from: number, to: number): void {
    if (chunk.length === 0) return
    this.chunks.push(chunk)
    for (let i = 0; i < chunk.length; i++) {
      this.starts.push(from)
      this.ends.push(to)
    }
    this.length += chunk.length
  }

  /** The derived text and its map; `sourceLength` closes the map at the source's end. */
  finish(sourceLength: number): { text: string; map: OffsetMap } {
    this.starts.push(sourceLength)
    if (this.length === 0) this.ends[0] = 0
    else this.ends[0] = this.starts[0]!
    return {
      text: this.chunks.join(''),
      map: { starts: Uint32Array.from(this.starts), ends: Uint32Array.from(this.ends) },
    }
  }
}

function clamp(offset: number, max: number): number {
  if (offset < 0) return 0
  return offset > max ? max : offset
}
