/** One line of the text read from HTML, with the source range of each of its chars. */
export interface Line {
  text: string
  starts: number[]
  ends: number[]
  /** A heading (`<h1>`…`<h6>`): followed by a blank line, as a headline is in plain text. */
  heading: boolean
  /** Read from an `<h1>`: the page's headline. */
  headline?: boolean
}

/** Whitespace that HTML collapses: space, tab, line feed, carriage return, form feed. */
function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12
}

/**
 * Collects the visible text of HTML as lines the way a browser lays out normal flow: runs of
 * whitespace become one space, a block boundary ends the line, blank lines are dropped.
 */
export class LineWriter {
  readonly lines: Line[] = []
  private chars: string[] = []
  private starts: number[] = []
  private ends: number[] = []
  private heading = false
  private headline = false
  private spaceFrom = -1
  private spaceTo = -1

  /** Appends decoded text whose char `k` comes from `source[starts[k], ends[k])`. */
  write(value: string, starts: readonly number[], ends: readonly number[]): void {
    for (let k = 0; k < value.length; k++) {
      if (isHtmlSpace(value.charCodeAt(k))) {
        this.space(starts[k]!, ends[k]!)
        continue
      }
      if (this.spaceFrom !== -1) {
        if (this.chars.length > 0) this.push(' ', this.spaceFrom, this.spaceTo)
        this.spaceFrom = -1
      }
      this.push(value[k]!, starts[k]!, ends[k]!)
    }
  }

  /** A collapsible space from `source[from, to)` (also what separates table cells). */
  space(from: number, to: number): void {
    if (this.spaceFrom === -1) this.spaceFrom = from
    this.spaceTo = to
  }

  /** Marks the current line as a heading (`headline`: an `<h1>`). */
  markHeading(headline: boolean): void {
    this.heading = true
    if (headline) this.headline = true
  }

  /** Ends the current line, if it has any text. */
  break(): void {
    this.spaceFrom = -1
    if (this.chars.length > 0) {
      const line: Line = { text: this.chars.join(''), starts: this.starts, ends: this.ends, heading: this.heading }
      if (this.headline) line.headline = true
      this.lines.push(line)
      this.chars = []
      this.starts = []
      this.ends = []
    }
    this.heading = false
    this.headline = false
  }

  private push(char: string, from: number, to: number): void {
    this.chars.push(char)
    this.starts.push(from)
    this.ends.push(to)
  }
}

/** Joins lines into one line, a space between them (a headline broken by `<br>`). */
export function joinLines(lines: readonly Line[]): Line | null {
  const first = lines[0]
  if (first === undefined) return null
  const line: Line = { text: first.text, starts: [...first.starts], ends: [...first.ends], heading: true }
  for (const next of lines.slice(1)) {
    const at = line.ends[line.ends.length - 1]!
    line.text += ` ${next.text}`
    line.starts.push(at, ...next.starts)
    line.ends.push(next.starts[0]!, ...next.ends)
  }
  return line
}
