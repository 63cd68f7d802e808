/**
 * The public analysis contract of `vn-admin-news` (docs: contract.md).
 * Every field is always present; the whole result is plain JSON.
 */

/** Options of {@link analyze} and of the `vnAdminNews` plugin. */
export interface AnalyzeOptions {
  /** ISO date (`2024-01-15`) that resolves dates without a year and relative dates. */
  referenceDate?: string
  /** `'html'`: analyse the visible article text of an HTML page; spans point into the HTML. */
  format?: 'text' | 'html'
}

/** UTF-16 offsets into the original input string. */
export interface Span {
  start: number
  end: number
}

/** A piece of the input: `input.slice(span.start, span.end) === text`. */
export interface Mention {
  text: string
  span: Span
}

export type PartKind =
  | 'title'
  | 'dateline'
  | 'repeated-title'
  | 'lead'
  | 'paragraph'
  | 'byline'
  | 'caption'
  | 'source'

export interface Part extends Mention {
  kind: PartKind
}

export type Precision = 'year' | 'month' | 'day' | 'minute'
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'
export type DateRole = 'published' | 'event' | 'document' | 'other'

export interface DateMention extends Mention {
  /** ISO 8601: `2024-01-12`, `2024-01`, `2024`, `2024-01-12T14:30`. */
  value: string
  precision: Precision
  /** End of a range, ISO like `value`; `null` for a single date. */
  end: string | null
  partOfDay: PartOfDay | null
  role: DateRole
}

export type AgencyLevel = 'central' | 'province' | 'district' | 'commune'

export interface Agency {
  /** Canonical full form, abbreviations expanded: `Ủy ban nhân dân tỉnh Kon Tum`. */
  name: string
  /** The head noun: `Sở`, `Bộ`, `Ủy ban nhân dân`, `Tỉnh ủy`, … */
  kind: string
  sector: string | null
  level: AgencyLevel | null
  locality: string | null
  /** The province the locality belongs to since the 2025 merger; `null` when unchanged. */
  currentLocality: string | null
  mentions: Mention[]
}

export interface Event {
  /** `Hội nghị`, `Lễ`, `Đại hội`, …; `null` when the text names no event noun ("tổ chức tổng kết …"). */
  kind: string | null
  name: string
  span: Span
  date: DateMention | null
  organizer: Agency | null
  venue: string | null
}

export interface Attendee extends Mention {
  role: string | null
  organization: string | null
  person: string | null
}

export interface Person {
  name: string
  titles: string[]
  mentions: Mention[]
}

export interface Award extends Mention {
  form: string
  issuer: string | null
  /** `null`: conferred, count not stated. */
  collectives: number | null
  individuals: number | null
  reason: string | null
}

export interface Campaign extends Mention {
  name: string
  kind: string
  year: number | null
  edition: number | null
}

export interface DocumentRef extends Mention {
  number: string | null
  type: string | null
  issuer: string | null
  date: string | null
}

export interface Author extends Mention {
  /** `null` when only an agency signs the article ("Báo Sơn La"). */
  name: string | null
  agency: string | null
}

export interface ArticleAnalysis {
  language: { code: string; isVietnamese: boolean }
  parts: Part[]
  title: Mention | null
  location: (Mention & { name: string }) | null
  publishedDate: DateMention | null
  event: Event | null
  dates: DateMention[]
  agencies: Agency[]
  organizer: Agency | null
  issuingAgency: Agency | null
  author: Author | null
  attendees: Attendee[]
  people: Person[]
  awards: Award[]
  awardTotals: { collectives: number; individuals: number; unstated: number }
  campaigns: Campaign[]
  documents: DocumentRef[]
  warnings: string[]
}
