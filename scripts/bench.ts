/**
 * Benchmarks the checker and the builder on realistic inputs and prints figures (median and p95
 * of repeated runs). It reports; it never fails a build. Run with `npm run bench`.
 */
import { checkPolicy, DEFAULT_CONFIG, derivePolicy } from '../src/core'
import type { Config } from '../src/core'

const config: Config = {
  ...DEFAULT_CONFIG,
  features: ['send', 'templates', 'sns-confirm', 's3-inbound'],
  identities: ['example.com', 'mail.example.com'],
  regions: ['us-east-1', 'eu-west-1'],
  account: '111122223333',
  templates: ['welcome', 'receipt'],
  configurationSets: ['tracking'],
  snsTopics: ['arn:aws:sns:us-east-1:111122223333:ses-events'],
  s3Bucket: 'inbound-mail',
}

/** A policy of about `bytes` characters: realistic statements, some broad, some scoped. */
function policyOfSize(bytes: number): string {
  const statements: object[] = []
  for (let i = 0; JSON.stringify(statements, null, 2).length < bytes; i++) {
    statements.push({
      Sid: `Statement${i}`,
      Effect: i % 7 === 6 ? 'Deny' : 'Allow',
      Action: [
        'ses:SendRawEmail',
        'ses:SendBulkTemplatedEmail',
        `ses:Get${i % 2 ? 'Account' : 'SendQuota'}`,
      ],
      Resource: [
        `arn:aws:ses:us-east-1:111122223333:identity/app${i}.example.com`,
        `arn:aws:ses:eu-west-1:111122223333:template/template-${i}`,
      ],
      Condition: { StringLike: { 'ses:FromAddress': [`*@app${i}.example.com`] } },
    })
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
}

function measure(label: string, runs: number, work: () => unknown): void {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
  console.log(
    `${label.padEnd(40)} median ${at(0.5).toFixed(2)} ms  p95 ${at(0.95).toFixed(2)} ms  (${runs} runs)`,
  )
}

const small = policyOfSize(10 * 1024)
const large = policyOfSize(1024 * 1024)
console.log(`policies: ${small.length} and ${large.length} characters`)
measure('derivePolicy (4 features, 2 regions)', 500, () => derivePolicy(config))
const generated = derivePolicy(config).json
measure(`checkPolicy, its own policy (${generated.length} B)`, 500, () =>
  checkPolicy(generated, config),
)
// Worst case: every statement is for another app, so each request is denied and explained.
measure('checkPolicy, 10 KB policy, all denied', 300, () => checkPolicy(small, config))
measure('checkPolicy, 1 MB policy', 5, () => checkPolicy(large, config))
