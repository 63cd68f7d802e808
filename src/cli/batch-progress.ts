import type { Writable } from 'node:stream'

/** How often the bar is redrawn. */
const REDRAW_MS = 200
const BAR_WIDTH = 24

/**
 * A progress bar on stderr (records, rate, and with a known size the share done and ETA);
 * silent unless stderr is a terminal, so logs and pipes stay clean.
 */
export class Progress {
  private readonly enabled: boolean
  private readonly started = performance.now()
  private lastDraw = 0
  private bytesDone = 0
  private records = 0

  constructor(
    private readonly stream: Writable & { isTTY?: boolean; columns?: number },
    private readonly totalBytes: number | null,
  ) {
    this.enabled = stream.isTTY === true
  }

  /** `bytes` more of the input were analysed and written. */
  addBytes(bytes: number): void {
    this.bytesDone += bytes
  }

  /** `count` more records were written. */
  addRecords(count: number): void {
    this.records += count
    if (!this.enabled) return
    const now = performance.now()
    if (now - this.lastDraw < REDRAW_MS) return
    this.lastDraw = now
    this.stream.write(`\r${this.line(now)}\u001b[K`)
  }

  /** Removes the bar before the summary line. */
  clear(): void {
    if (this.enabled && this.lastDraw > 0) this.stream.write('\r\u001b[K')
  }

  private line(now: number): string {
    const seconds = (now - this.started) / 1000
    const rate = seconds > 0 ? this.records / seconds : 0
    const counts = `${this.records} records ${Math.round(rate)}/s`
    if (this.totalBytes === null || this.totalBytes === 0) return counts
    const share = Math.min(1, this.bytesDone / this.totalBytes)
    const filled = Math.round(share * BAR_WIDTH)
    const eta = share > 0 ? (seconds * (1 - share)) / share : 0
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0)}% ${counts} ETA ${clock(eta)}`
  }
}

/** Seconds as `m:ss` (or `h:mm:ss`). */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
