import { existsSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { benchCorpus } from './corpus.js'
import { buildPackage, runCli, writeJsonl } from './batch.js'
import { printTable } from './table.js'

/** The archive of the memory check: 1 GB of JSONL under /tmp, never committed. */
const PATH = '/tmp/vn-admin-news-bench-1gb.jsonl'
const TARGET_BYTES = 1e9

/**
 * Peak RSS of `vn-admin-news batch` on a 1 GB JSONL archive (built once under /tmp from the
 * bench corpus): streaming with backpressure keeps it flat whatever the archive's size.
 */
export async function memoryBench(options: { build?: boolean } = {}): Promise<{ peakRssMb: number; records: number; seconds: number }> {
  if (options.build !== false) buildPackage()
  if (!existsSync(PATH) || statSync(PATH).size < TARGET_BYTES) {
    const texts = benchCorpus(5000, 7)
    const average = texts.reduce((sum, text) => sum + Buffer.byteLength(JSON.stringify(text)), 0) / texts.length
    await writeJsonl(PATH, texts, Math.ceil(TARGET_BYTES / (average + 20)))
  }
  const size = statSync(PATH).size
  const run = await runCli(PATH, 2)
  const at = (share: number) => run.rssSamples[Math.min(run.rssSamples.length - 1, Math.floor(share * run.rssSamples.length))] ?? Number.NaN
  printTable('Memory: batch on a 1 GB JSONL archive (2 workers, output to /dev/null)', [
    'input', 'records', 'seconds', 'articles/s', 'RSS MB at 10%', '50%', '90% of the run', 'peak RSS MB',
  ], [
    [`${(size / 1e9).toFixed(2)} GB`, run.records, run.seconds, run.records / run.seconds, at(0.1), at(0.5), at(0.9), run.peakRssMb],
  ])
  return { peakRssMb: run.peakRssMb, records: run.records, seconds: run.seconds }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await memoryBench()
