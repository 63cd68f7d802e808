import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../analyze.js'
import type { Gold } from './gold.js'
import { emptyScores, scoreArticle, type Scores } from './score.js'

/** Scores `analyze` on every `ID.txt` + `ID.json` pair of a directory. */
export function evaluateDirectory(dir: string): Scores & { articles: number } {
  const scores = emptyScores()
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
  let articles = 0
  for (const id of ids) {
    let text: string
    try {
      text = readFileSync(join(dir, `${id}.txt`), 'utf8')
    } catch {
      continue
    }
    const gold = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Gold
    scoreArticle(scores, { ...gold, id: gold.id ?? id }, analyze(text))
    articles++
  }
  return { ...scores, articles }
}
