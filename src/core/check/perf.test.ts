import { describe, expect, it } from 'vitest'
import { lintPolicy } from './lint'

/** A policy of about `size` characters mixing valid statements with common mistakes. */
function generatedPolicy(size: number, salt = ''): string {
  const statements: object[] = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const statement = {
      Sid: `Send${i}`,
      Effect: i % 7 === 0 ? 'allow' : 'Allow',
      Action: [
        'ses:SendRawEmail',
        'ses:SendEmail',
        i % 5 === 0 ? 'sesv2:SendEmail' : 'ses:SendBulkEmail',
      ],
      Resource: [
        `arn:aws:ses:us-east-1:210987654321:identity/sender${i}${salt}.example.com`,
        `arn:aws:ses:us-east-1:210987654321:configuration-set/set${i}${salt}`,
        `arn:aws:ses:us-east-1:210987654321:template/t${i}`,
      ],
      Condition: { StringLike: { 'ses:FromAddress': `app${i}+.*@example.com` } },
    }
    statements.push(statement)
    length += JSON.stringify(statement, null, 2).length
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
}

/**
 * The best of several runs, each on a fresh policy so per-ARN caches start cold: the best run
 * is the least disturbed by other work on the machine.
 */
function timeLint(size: number, runs: number) {
  let best = Infinity
  let findings = 0
  let length = 0
  for (let run = 0; run < runs; run++) {
    const text = generatedPolicy(size, `r${run}`)
    const start = performance.now()
    findings = lintPolicy(text).findings.length
    best = Math.min(best, performance.now() - start)
    length = text.length
  }
  return { ms: best, findings, length }
}

describe('lintPolicy', () => {
  it('returns findings for a 10 KB and a 1 MB policy (timings logged, not asserted)', () => {
    lintPolicy(generatedPolicy(10_000, 'warm-up'))

    const smallRun = timeLint(10_000, 20)
    const largeRun = timeLint(1_000_000, 3)

    for (const run of [smallRun, largeRun]) {
      // eslint-disable-next-line no-console -- the timings are this test's output
      console.log(
        `lintPolicy ${run.length} chars: ${run.ms.toFixed(2)} ms, ${run.findings} findings`,
      )
    }
    expect(smallRun.findings).toBeGreaterThan(0)
    expect(largeRun.findings).toBeGreaterThan(smallRun.findings)
  }, 120_000)
})
