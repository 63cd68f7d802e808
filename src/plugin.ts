import type { Processor } from 'unified'
import { vnAgencies } from './agencies/index.js'
import { vnAssemble } from './assemble.js'
import { vnAttendees } from './attendees/index.js'
import { vnAwards } from './awards/index.js'
import { vnCampaigns } from './campaigns/index.js'
import { vnDates } from './dates/index.js'
import { vnDocuments } from './documents/index.js'
import { vnEvent } from './event/index.js'
import { vnLanguage } from './language/index.js'
import { vnParts } from './parts/index.js'
import { vnPeople } from './people/index.js'
import { vnPrepare } from './prepare.js'
import type { AnalyzeOptions } from './types.js'

/**
 * retext plugin: reads a Vietnamese administrative news article and puts its
 * `ArticleAnalysis` on `file.data.analysis`.
 *
 * ```js
 * const file = await unified().use(retextLatin).use(vnAdminNews).use(retextStringify).process(text)
 * file.data.analysis
 * ```
 */
export function vnAdminNews(this: Processor, options?: AnalyzeOptions): void {
  this.use(vnPrepare, options)
    .use(vnParts)
    .use(vnLanguage)
    .use(vnDates)
    .use(vnAgencies)
    .use(vnPeople)
    .use(vnAttendees)
    .use(vnEvent)
    .use(vnAwards)
    .use(vnCampaigns)
    .use(vnDocuments)
    .use(vnAssemble)
}
